using System.CommandLine;
using System.Net;
using GoalLint.Serve;
using Microsoft.AspNetCore.Builder;

namespace GoalLint.Cli;

/// <summary>
/// <c>goallint serve [--data DIR] [--port N] [--host ADDRESS] [--path-base /PREFIX]</c>: starts the
/// review workbench. The database is created and migrated on start; the first visit creates the
/// lead account. Listens on loopback unless told otherwise (docs/serve.md: behind a reverse proxy).
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "Folder for the database, the uploaded submissions and the session keys.", DefaultValueFactory = _ => new DirectoryInfo("goallint-data") };
        var port = new Option<int>("--port") { Description = "Port to listen on.", DefaultValueFactory = _ => ServeOptions.DefaultPort };
        var host = new Option<string>("--host") { Description = "Address to listen on (default 127.0.0.1: only this machine; put a reverse proxy in front for the intranet).", DefaultValueFactory = _ => "127.0.0.1" };
        var pathBase = new Option<string>("--path-base") { Description = "URL prefix when a reverse proxy serves the workbench under a path, e.g. /goallint.", DefaultValueFactory = _ => "" };
        var command = new Command("serve", "Start the review workbench: rounds, uploads, findings beside their tables, decisions, letters.") { data, port, host, pathBase };
        command.SetAction(parse =>
        {
            if (!IPAddress.TryParse(parse.GetValue(host), out var address))
            {
                Console.Error.WriteLine($"goallint: --host {parse.GetValue(host)} is not an IP address");
                return ExitCodes.UsageError;
            }

            var prefix = parse.GetValue(pathBase)!.TrimEnd('/');
            if (prefix.Length > 0 && !prefix.StartsWith('/'))
            {
                Console.Error.WriteLine("goallint: --path-base must start with /");
                return ExitCodes.UsageError;
            }

            var options = new ServeOptions { DataDirectory = parse.GetValue(data)!.FullName, Port = parse.GetValue(port), Host = address, PathBase = prefix };
            var app = Workbench.Build(options);
            if (!IPAddress.IsLoopback(address))
            {
                Console.Error.WriteLine($"goallint: warning: listening on {address}, not only on this machine; use HTTPS through a reverse proxy (docs/serve.md).");
            }

            Console.Error.WriteLine($"goallint: 审核工作台已启动 http://{(address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString())}:{options.Port}{prefix}/ （数据目录 {options.DataDirectory}；Ctrl+C 停止）");
            app.Run();
            return ExitCodes.Clean;
        });
        return command;
    }
}
