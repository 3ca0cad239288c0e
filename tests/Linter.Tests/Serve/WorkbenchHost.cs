using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using GoalLint.Serve;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GoalLint.Tests.Serve;

/// <summary>
/// The workbench on a temporary data folder (a fresh SQLite file), either in memory (TestServer)
/// or on a free loopback port for the browser. <see cref="Session"/>s sign in and post forms with
/// their anti-forgery token, as a browser would.
/// </summary>
public sealed partial class WorkbenchHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly bool _inMemory;

    private WorkbenchHost(WebApplication app, string data, bool inMemory)
    {
        _app = app;
        Data = data;
        _inMemory = inMemory;
    }

    public string Data { get; }

    public Uri BaseAddress => _inMemory ? new Uri("http://localhost/") : new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");

    public static async Task<WorkbenchHost> StartAsync(bool inMemory = true, ServeOptions? options = null)
    {
        var data = options?.DataDirectory ?? Directory.CreateTempSubdirectory("goallint-serve-").FullName;
        options = (options ?? new ServeOptions { DataDirectory = data }) with { Port = 0 };
        var app = Workbench.Build(options, inMemory ? b => b.WebHost.UseTestServer() : null);
        await app.StartAsync();
        return new WorkbenchHost(app, data, inMemory);
    }

    /// <summary>A client with its own cookie jar; redirects are not followed, so tests see them.</summary>
    public Session NewSession()
    {
        var cookies = new CookieContainer();
        HttpMessageHandler inner = _inMemory ? _app.GetTestServer().CreateHandler() : new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false };
        return new Session(new HttpClient(new CookieHandler(cookies, inner)) { BaseAddress = BaseAddress });
    }

    /// <summary>A fresh workbench with its first lead ("lead"), a reviewer ("reviewer") and a read-only account ("reader").</summary>
    public async Task<Session> WithAccountsAsync()
    {
        var lead = NewSession();
        await lead.PostFormAsync("/setup", "/setup", ("name", "lead"), ("display", "王组长"), ("password", "lead-pass-1"));
        await lead.PostFormAsync("/users", "/users", ("name", "reviewer"), ("display", "李审核"), ("password", "review-pass-1"), ("role", "reviewer"));
        await lead.PostFormAsync("/users", "/users", ("name", "reader"), ("display", "赵只读"), ("password", "reader-pass-1"), ("role", "readonly"));
        return lead;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Data, recursive: true);
    }

    public static byte[] Zip(params (string Name, string Text)[] files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create))
        {
            foreach (var (name, text) in files)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A signed-in (or not yet) browser stand-in.</summary>
    public sealed partial class Session(HttpClient client) : IDisposable
    {
        public HttpClient Client { get; } = client;

        public async Task<string> GetStringAsync(string path)
        {
            using var response = await Client.GetAsync(path);
            Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {response.Headers.Location}");
            return await response.Content.ReadAsStringAsync();
        }

        public async Task SignInAsync(string name, string password)
        {
            var response = await PostFormAsync("/login", "/login", ("name", name), ("password", password));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        /// <summary>Reads the anti-forgery token from <paramref name="formPage"/>, then posts the fields with it.</summary>
        public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, params (string Name, string Value)[] fields)
        {
            var token = await TokenAsync(formPage);
            return await Client.PostAsync(action, new FormUrlEncodedContent(fields.Append(("__token", token)).Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))));
        }

        public async Task<HttpResponseMessage> UploadAsync(string formPage, string action, string field, params (string Name, byte[] Bytes)[] files)
        {
            var token = await TokenAsync(formPage);
            using var form = new MultipartFormDataContent { { new StringContent(token), "__token" } };
            foreach (var (name, bytes) in files)
            {
                form.Add(new ByteArrayContent(bytes), field, name);
            }

            return await Client.PostAsync(action, form);
        }

        public async Task<string> TokenAsync(string formPage) =>
            TokenField().Match(await GetStringAsync(formPage)) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException($"no anti-forgery token on {formPage}");

        public void Dispose() => Client.Dispose();

        [GeneratedRegex("name=\"__token\" value=\"([^\"]+)\"")]
        private static partial Regex TokenField();
    }

    /// <summary>Keeps cookies between requests (TestServer's handler has no cookie jar of its own).</summary>
    private sealed class CookieHandler(CookieContainer cookies, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = request.RequestUri!;
            if (cookies.GetCookieHeader(uri) is { Length: > 0 } header)
            {
                request.Headers.Add("Cookie", header);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
            {
                foreach (var cookie in set)
                {
                    cookies.SetCookies(uri, cookie);
                }
            }

            return response;
        }
    }
}
