using System.Diagnostics;
using System.Runtime.InteropServices;
using Vigil.Core.Detection;
using Vigil.Core.Detection.Endpoint;
using Vigil.Core.Detection.Network;
using Vigil.Core.Detection.Payroll;
using Vigil.Core.Detection.Shipping;
using Vigil.Core.Detection.WorkPattern;
using Vigil.Core.Events;

namespace Vigil.Server.Application.Monitoring;

/// <summary>
/// One monitoring run in memory: matches each event to a worker, enriches sign-ins, feeds every detector, and
/// collects the findings at the end. Streaming: memory grows with workers, IPs and devices, not with events.
/// The storage-backed service and the benchmark both drive it. Not thread-safe.
/// </summary>
public sealed class MonitoringPipeline
{
    private readonly WorkerDirectory _workers;
    private readonly SignInEnricher _enricher;
    private readonly Core.Reference.IIpIntelligence _ip;
    private readonly ISignInDetector[] _signIn;
    private readonly IEndpointDetector[] _endpoint;
    private readonly IPayrollDetector[] _payroll;
    private readonly IShipmentDetector[] _shipping;

    public MonitoringPipeline(WorkerDirectory workers, MonitoringReferences references, MonitoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(references);
        _workers = workers ?? throw new ArgumentNullException(nameof(workers));
        var o = options ?? new MonitoringOptions();
        _ip = references.Ip;
        _enricher = new SignInEnricher(references.Ip);
        _signIn =
        [
            new AnonymizerSignInDetector(o.Anonymizer),
            new ImpossibleTravelDetector(o.ImpossibleTravel),
            new NewCountryDetector(o.NewCountry),
            new ResidenceMismatchDetector(workers, o.Residence),
            new SharedEgressDetector(o.SharedEgress, references.Sightings),
            new SharedDeviceDetector(o.SharedDevice),
            new WorkingHoursDetector(workers, o.WorkingHours),
        ];
        _endpoint =
        [
            new RemoteAccessToolDetector(references.RemoteAccess, o.RemoteAccess),
            new IpKvmDetector(references.Usb, o.IpKvm),
            new MouseJigglerDetector(references.Usb, o.MouseJiggler),
        ];
        _payroll =
        [
            new PayoutDestinationDetector(workers, o.Payout),
            new SharedPayoutAccountDetector(o.SharedPayout),
            new FrequentPayrollChangeDetector(o.FrequentPayroll),
            new PayrollChangeFromAnonymizerDetector(references.Ip, o.PayrollFromAnonymizer),
        ];
        _shipping =
        [
            new ShipToMismatchDetector(workers, o.ShipTo),
            new SharedShipToAddressDetector(o.SharedShipTo),
        ];
    }

    /// <summary>Every detector id this pipeline runs (to tell monitoring findings from others on an alert).</summary>
    public IEnumerable<string> DetectorIds =>
        _signIn.Select(d => d.DetectorId).Concat(_endpoint.Select(d => d.DetectorId))
            .Concat(_payroll.Select(d => d.DetectorId)).Concat(_shipping.Select(d => d.DetectorId));

    /// <summary>The detectors whose state is saved and restored between runs (incremental detection).</summary>
    public IReadOnlyList<IStatefulDetector> StatefulDetectors =>
    [
        .. _signIn.OfType<IStatefulDetector>(), .. _endpoint.OfType<IStatefulDetector>(),
        .. _payroll.OfType<IStatefulDetector>(), .. _shipping.OfType<IStatefulDetector>(),
    ];

    public long SignIns { get; private set; }

    /// <summary>When set, sign-in stages (match, enrich, each detector) are timed with
    /// <see cref="Stopwatch.GetTimestamp"/>; read them from <see cref="StageSeconds"/>. For the benchmark: the
    /// timing itself costs tens of nanoseconds per stage.</summary>
    public bool Profile { get; set; }

    /// <summary>Seconds spent per sign-in stage so far (empty unless <see cref="Profile"/>).</summary>
    public IReadOnlyDictionary<string, double> StageSeconds =>
        _stageTicks.ToDictionary(kv => kv.Key, kv => kv.Value / (double)Stopwatch.Frequency, StringComparer.Ordinal);

    private readonly Dictionary<string, long> _stageTicks = new(StringComparer.Ordinal);

    public void Observe(SignIn signIn)
    {
        SignIns++;
        if (Profile)
        {
            ObserveProfiled(signIn);
            return;
        }
        Prepare(signIn, _enricher);
        foreach (var detector in _signIn)
        {
            detector.Observe(signIn);
        }
    }

    /// <summary>A new enricher over this pipeline's IP intelligence, for <see cref="Prepare"/> on another thread
    /// (one per thread: its cache is not shared).</summary>
    public SignInEnricher CreateEnricher() => new(_ip);

    /// <summary>The stages before detection: matches the sign-in to a worker and enriches it. Reads only immutable
    /// state (the worker directory, the IP intelligence) besides <paramref name="enricher"/>, so parser threads run
    /// it in parallel, each with its own enricher; then <see cref="ObservePrepared"/> feeds the detectors.</summary>
    public void Prepare(SignIn signIn, SignInEnricher enricher)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        ArgumentNullException.ThrowIfNull(enricher);
        if (Match(signIn.User) is { } worker)
        {
            signIn.SubjectId = worker.SubjectId;
            signIn.SubjectKey = worker.Key;
        }
        enricher.Enrich(signIn);
    }

    /// <summary>How many sign-in detectors run (indexes for <see cref="ObservePrepared"/>).</summary>
    public int SignInDetectorCount => _signIn.Length;

    public string SignInDetectorId(int index) => _signIn[index].DetectorId;

    /// <summary>Feeds prepared sign-ins (<see cref="Prepare"/>) to one sign-in detector, in order. Detectors share
    /// no state, so different detectors may run on different threads at once; one detector must only ever see its
    /// sign-ins in file order, from one thread at a time. Call <see cref="CountPrepared"/> once per sign-in.</summary>
    public void ObservePrepared(int detector, ReadOnlySpan<SignIn> signIns)
    {
        var d = _signIn[detector];
        foreach (var signIn in signIns)
        {
            d.Observe(signIn);
        }
    }

    /// <summary>Adds to <see cref="SignIns"/> the sign-ins fed through <see cref="ObservePrepared"/>.</summary>
    public void CountPrepared(long count) => SignIns += count;

    private void ObserveProfiled(SignIn signIn)
    {
        var t0 = Stopwatch.GetTimestamp();
        if (Match(signIn.User) is { } worker)
        {
            signIn.SubjectId = worker.SubjectId;
            signIn.SubjectKey = worker.Key;
        }
        var t1 = Stopwatch.GetTimestamp();
        AddStage("match", t1 - t0);
        _enricher.Enrich(signIn);
        var t2 = Stopwatch.GetTimestamp();
        AddStage("enrich", t2 - t1);
        foreach (var detector in _signIn)
        {
            var start = Stopwatch.GetTimestamp();
            detector.Observe(signIn);
            AddStage(detector.DetectorId, Stopwatch.GetTimestamp() - start);
        }
    }

    private void AddStage(string stage, long ticks) =>
        CollectionsMarshal.GetValueRefOrAddDefault(_stageTicks, stage, out _) += ticks;

    public void Observe(DeviceSnapshot snapshot)
    {
        if (Match(snapshot.User) is { } worker)
        {
            snapshot.SubjectId = worker.SubjectId;
            snapshot.SubjectKey = worker.Key;
        }
        foreach (var detector in _endpoint)
        {
            detector.Observe(snapshot);
        }
    }

    public void Observe(PayrollChange change)
    {
        if (Match(change.Employee) is { } worker)
        {
            change.SubjectId = worker.SubjectId;
            change.SubjectKey = worker.Key;
        }
        foreach (var detector in _payroll)
        {
            detector.Observe(change);
        }
    }

    public void Observe(Shipment shipment)
    {
        if (Match(shipment.Employee) is { } worker)
        {
            shipment.SubjectId = worker.SubjectId;
            shipment.SubjectKey = worker.Key;
        }
        foreach (var detector in _shipping)
        {
            detector.Observe(shipment);
        }
    }

    /// <summary>All findings. Call once, after the last event.</summary>
    public IReadOnlyList<SubjectFinding> Complete()
    {
        var all = new List<SubjectFinding>();
        foreach (var d in _signIn)
        {
            all.AddRange(d.Complete());
        }
        foreach (var d in _endpoint)
        {
            all.AddRange(d.Complete());
        }
        foreach (var d in _payroll)
        {
            all.AddRange(d.Complete());
        }
        foreach (var d in _shipping)
        {
            all.AddRange(d.Complete());
        }
        return all;
    }

    private WorkerProfile? Match(string? login) => login is null ? null : _workers.FindByLogin(login);
}
