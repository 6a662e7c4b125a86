namespace Vigil.Cli;

/// <summary>An expected failure a command reports to the user as one line (no stack trace), with an exit code.</summary>
public sealed class CliException(string message, int exitCode = 1) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
