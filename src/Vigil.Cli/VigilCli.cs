using System.CommandLine;

namespace Vigil.Cli;

public static class VigilCli
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Vigil: find and stop DPRK IT workers hired under stolen or invented identities.");
        root.Subcommands.Add(Commands.IntelCommand.Create());
        return await root.Parse(args).InvokeAsync();
    }
}
