namespace Vigil.Ingest.Synthetic;

/// <summary>Builds hired workers and their planted anomalies (laptop farms, VPN, Pyongyang hours...).</summary>
internal sealed class WorkerGenerator(SynthOptions options)
{
    public List<PersonDraft> BuildWorkers() => options.Workers == 0 ? [] : throw new NotSupportedException("workers are generated in the next step");
}
