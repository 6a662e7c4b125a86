using System.Diagnostics;
using System.Text;

namespace Vigil.TestSupport;

/// <summary>
/// Runs the real <c>./vigil</c> launcher, as a user would, and captures what it printed. CLI tests go through it so
/// that they exercise argument parsing, exit codes and output exactly as shipped.
/// </summary>
public static class VigilProcess
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr)
    {
        public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{StdOut}\n--- stderr ---\n{StdErr}";
    }

    /// <param name="home">VIGIL_HOME for the run (its default database and files); a temp folder in tests.</param>
    public static async Task<Result> RunAsync(string home, IEnumerable<string> args, string? workingDirectory = null, TimeSpan? timeout = null, IDictionary<string, string>? environment = null)
    {
        var psi = new ProcessStartInfo(Path.Combine(RepoPaths.Root, "vigil"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? home,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        psi.Environment["VIGIL_HOME"] = home;
        psi.Environment["NO_COLOR"] = "1";
        psi.Environment["TERM"] = "dumb";
        if (environment is not null)
        {
            foreach (var (k, v) in environment)
            {
                psi.Environment[k] = v;
            }
        }
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start ./vigil");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"./vigil {string.Join(' ', args)} did not finish in time");
        }
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    public static Task<Result> RunAsync(string home, params string[] args) => RunAsync(home, (IEnumerable<string>)args);
}
