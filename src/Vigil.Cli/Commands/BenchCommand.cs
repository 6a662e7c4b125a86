using System.CommandLine;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil bench ...</c>: performance measurements against real data. Subcommands register through
/// <see cref="Add"/> (a static list other areas extend: <c>match</c> here; <c>screen</c>, <c>monitor</c> later).
/// </summary>
public static class BenchCommand
{
    private static readonly List<Func<Command>> Factories = [BenchMatchCommand.Create, BenchMonitorCommand.Create,
        BenchStixCommand.Create, BenchTaxiiCommand.Create, BenchHttpCommand.Create, BenchPagingCommand.Create,
        BenchScreenCommand.Create, BenchScreenOneCommand.Create, BenchLshCommand.Create];

    /// <summary>Adds a subcommand factory; call before <see cref="Create"/> (e.g. from a static constructor chain or VigilCli).</summary>
    public static void Add(Func<Command> factory)
    {
        lock (Factories)
        {
            Factories.Add(factory);
        }
    }

    public static Command Create()
    {
        var command = new Command("bench", "Measure speed and accuracy on real data (load the data from ../shared/data by default).");
        lock (Factories)
        {
            foreach (var factory in Factories)
            {
                command.Subcommands.Add(factory());
            }
        }
        return command;
    }
}
