using Microsoft.AspNetCore.Identity;

namespace GoalLint.Serve.Data;

/// <summary>A local account. Roles: reviewer (decides), lead (also approves waivers and manages accounts), readonly.</summary>
public sealed record User(long Id, string Name, string DisplayName, string Role);

/// <summary>Local accounts, with the framework's password hashing (PBKDF2, salted, versioned: <see cref="PasswordHasher{TUser}"/>).</summary>
public sealed class Users(Database database)
{
    public const int MinPasswordLength = 8;

    private static readonly PasswordHasher<User> Hasher = new();

    public static readonly IReadOnlyList<string> Roles = ["reviewer", "lead", "readonly"];

    public bool Any()
    {
        using var connection = database.Open();
        return connection.Scalar("SELECT EXISTS(SELECT 1 FROM users)") is long and not 0;
    }

    public IReadOnlyList<User> All()
    {
        using var connection = database.Open();
        return connection.Query("SELECT id, name, display_name, role FROM users ORDER BY name", r => new User(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3)));
    }

    /// <summary>Creates an account; returns the problem, in Chinese, or null.</summary>
    public string? Create(string name, string displayName, string password, string role)
    {
        name = name.Trim();
        if (name.Length is 0 or > 64 || name.Any(char.IsWhiteSpace))
        {
            return "用户名不能为空、不能含空格，最多 64 个字符。";
        }

        if (password.Length < MinPasswordLength)
        {
            return $"密码至少 {MinPasswordLength} 位。";
        }

        if (!Roles.Contains(role))
        {
            return "角色无效。";
        }

        using var connection = database.Open();
        if (connection.Scalar("SELECT id FROM users WHERE name = $name", new { name }) is not null)
        {
            return $"用户名“{name}”已存在。";
        }

        var user = new User(0, name, displayName, role);
        connection.Execute("INSERT INTO users(name, display_name, password_hash, role, created_at) VALUES ($name, $display, $hash, $role, $at)",
            new { name, display = string.IsNullOrWhiteSpace(displayName) ? name : displayName.Trim(), hash = Hasher.HashPassword(user, password), role, at = Clock.Now() });
        return null;
    }

    /// <summary>The account whose password matches, or null (the same answer for an unknown name and a wrong password).</summary>
    public User? SignIn(string name, string password)
    {
        using var connection = database.Open();
        var found = connection.Query("SELECT id, name, display_name, role, password_hash FROM users WHERE name = $name",
            r => (User: new User(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3)), Hash: r.GetString(4)), new { name = name.Trim() }).FirstOrDefault();
        if (found.User is null)
        {
            return null;
        }

        var verdict = Hasher.VerifyHashedPassword(found.User, found.Hash, password);
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            connection.Execute("UPDATE users SET password_hash = $hash WHERE id = $id", new { hash = Hasher.HashPassword(found.User, password), id = found.User.Id });
        }

        return verdict == PasswordVerificationResult.Failed ? null : found.User;
    }

    public string? SetRole(long id, string role)
    {
        if (!Roles.Contains(role))
        {
            return "角色无效。";
        }

        using var connection = database.Open();
        connection.Execute("UPDATE users SET role = $role WHERE id = $id", new { role, id });
        return null;
    }
}
