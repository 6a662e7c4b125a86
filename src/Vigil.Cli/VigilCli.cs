using System.CommandLine;
using Vigil.Cli.Commands;


namespace Vigil.Cli;

/// <summary>The <c>vigil</c> command line: one verb per file under Commands/, registered here.</summary>
public static class VigilCli
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("Vigil: find and stop DPRK IT workers hired under stolen or invented identities.");
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(IntelCommand.Create());
        root.Subcommands.Add(ScreenCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(SynthCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(OrgsCommand.Create());
        root.Subcommands.Add(KeysCommand.Create());
        root.Subcommands.Add(AuditCommand.Create());
        root.Subcommands.Add(ShareCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(MatchCommand.Create());
        root.Subcommands.Add(ListsCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            // Let CliException reach the handler below (message + exit code) instead of System.CommandLine's default
            // handler, which prints a stack trace and exits 1.
            return await CreateRoot().Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (CliException e)
        {
            await Console.Error.WriteLineAsync("vigil: " + e.Message);
            return e.ExitCode;
        }
    }
}
