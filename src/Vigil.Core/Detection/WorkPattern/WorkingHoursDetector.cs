using System.Globalization;
using System.Text;
using Vigil.Core.Detection.Network;
using Vigil.Core.Events;

namespace Vigil.Core.Detection.WorkPattern;

/// <summary>
/// Working hours (WRK-01): a worker's sign-in hours, fitted against every time zone, fit East-Asian daytime
/// (UTC+8/+9) far better than the zone they claim.
/// </summary>
/// <remarks>
/// <para>Per subject only a 24-bin histogram of UTC hours is kept. For each candidate offset <c>o</c> the
/// log-likelihood of the histogram under <see cref="WorkDayProfile"/> is <c>Σ n_h · ln p((h + o) mod 24)</c>;
/// the finding requires the best offset to be a suspect one (within <see cref="WorkingHoursOptions.OffsetTolerance"/>
/// hours of it: an early-starting UTC+9 day fits best at +11) and to beat the claimed offset by
/// <see cref="WorkingHoursOptions.MinGainPerEvent"/> nats per sign-in. Circular statistics (mean hour and mean
/// resultant length on the 24-h circle) gate out round-the-clock patterns and are shown as evidence with the
/// histogram itself.</para>
/// <para>Workers with no claimed zone are skipped: WRK-01 is a mismatch with the claim, never a judgement of
/// anyone's hours as such.</para>
/// </remarks>
public sealed class WorkingHoursDetector(WorkerDirectory workers, WorkingHoursOptions? options = null) : ISignInDetector, ISubjectStateDetector
{
    public const string Id = "working-hours";

    private readonly WorkerDirectory _workers = workers ?? throw new ArgumentNullException(nameof(workers));
    private readonly WorkingHoursOptions _options = options ?? new WorkingHoursOptions();
    private readonly Dictionary<string, State> _states = new(StringComparer.Ordinal);

    public string DetectorId => Id;

    public void CopySubjectState(string subjectKey, ISubjectStateDetector source) =>
        SubjectStates.Copy(_states, SubjectStates.Same<WorkingHoursDetector>(source)._states, subjectKey);

    public string SaveState() => DetectorStateJson.Save(_states);

    public void LoadState(string state)
    {
        _states.Clear();
        foreach (var (key, s) in DetectorStateJson.Load<Dictionary<string, State>>(state))
        {
            _states[key] = s;
        }
    }

    public void Observe(SignIn signIn)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        if (!signIn.Success || signIn.SubjectId is null)
        {
            return;
        }
        if (!_states.TryGetValue(signIn.SubjectKey, out var state))
        {
            state = new State(signIn.SubjectId, _workers.FindByKey(signIn.SubjectKey)?.ClaimedTimeZone);
            _states[signIn.SubjectKey] = state;
        }
        if (state.ClaimedZone is null)
        {
            return;
        }
        state.Hours[signIn.At.UtcDateTime.Hour]++;
        state.Count++;
        if (signIn.At < state.First)
        {
            state.First = signIn.At;
        }
        if (signIn.At > state.Last)
        {
            state.Last = signIn.At;
        }
    }

    public IReadOnlyList<SubjectFinding> Complete()
    {
        var findings = new List<SubjectFinding>();
        foreach (var (key, state) in _states)
        {
            if (state.ClaimedZone is null || state.Count < _options.MinEvents)
            {
                continue;
            }
            var midpoint = state.First + (state.Last - state.First) / 2;
            if (!TryClaimedOffset(state.ClaimedZone, midpoint, out var claimedOffset))
            {
                continue;
            }
            var fit = Fit(state.Hours, claimedOffset);
            var isSuspect = _options.SuspectOffsets.Any(o => Math.Abs(o - fit.BestOffset) <= _options.OffsetTolerance);
            var claimedIsSuspect = _options.SuspectOffsets.Any(o => Math.Abs(o - claimedOffset) < 1);
            if (!isSuspect || claimedIsSuspect || fit.GainPerEvent < _options.MinGainPerEvent || fit.Concentration < _options.MinConcentration)
            {
                continue;
            }
            var evidence = new List<Evidence>
            {
                new("sign-in hours (UTC), 24 bins", Histogram(state.Hours, 0)),
                new($"same hours in claimed zone {state.ClaimedZone}", Histogram(state.Hours, claimedOffset)),
                new($"same hours at best fit UTC{Format(fit.BestOffset)}", Histogram(state.Hours, fit.BestOffset)),
                new("fit", string.Create(CultureInfo.InvariantCulture,
                    $"log-likelihood gain {fit.GainPerEvent:F2} nats per sign-in over {state.Count} sign-ins (UTC{Format(fit.BestOffset)} vs claimed UTC{Format(claimedOffset)})")),
                new("circular statistics", string.Create(CultureInfo.InvariantCulture,
                    $"mean hour {fit.MeanUtcHour:F1} UTC = {Wrap(fit.MeanUtcHour + claimedOffset):F1} claimed local = {Wrap(fit.MeanUtcHour + fit.BestOffset):F1} at UTC{Format(fit.BestOffset)}; resultant length {fit.Concentration:F2}")),
            };
            var summary = string.Create(CultureInfo.InvariantCulture,
                $"Active hours fit UTC{Format(fit.BestOffset)} daytime, not the claimed {state.ClaimedZone} (mean {Wrap(fit.MeanUtcHour + claimedOffset):F0}:00 local)");
            findings.Add(new SubjectFinding(key, state.SubjectId, new Finding(Id, "WRK-01", _options.Weight, summary, evidence, [])));
        }
        return findings;
    }

    /// <summary>The fit of a UTC-hour histogram against every whole-hour offset from −12 to +14.</summary>
    public static HourFit Fit(IReadOnlyList<int> utcHours, double claimedOffset)
    {
        ArgumentNullException.ThrowIfNull(utcHours);
        var n = 0;
        double sin = 0, cos = 0;
        for (var h = 0; h < 24; h++)
        {
            n += utcHours[h];
            var angle = 2 * Math.PI * (h + 0.5) / 24;
            sin += utcHours[h] * Math.Sin(angle);
            cos += utcHours[h] * Math.Cos(angle);
        }
        if (n == 0)
        {
            return new HourFit(0, 0, 0, 0, 0);
        }
        var best = 0;
        var bestLl = double.NegativeInfinity;
        for (var offset = -12; offset <= 14; offset++)
        {
            var ll = LogLikelihood(utcHours, offset);
            if (ll > bestLl)
            {
                bestLl = ll;
                best = offset;
            }
        }
        var claimedLl = LogLikelihood(utcHours, claimedOffset);
        var mean = Math.Atan2(sin, cos) * 24 / (2 * Math.PI) - 0.5;
        return new HourFit(best, (bestLl - claimedLl) / n, Wrap(mean + 0.5), Math.Sqrt(sin * sin + cos * cos) / n, n);
    }

    public static double LogLikelihood(IReadOnlyList<int> utcHours, double offset)
    {
        ArgumentNullException.ThrowIfNull(utcHours);
        double ll = 0;
        for (var h = 0; h < 24; h++)
        {
            if (utcHours[h] > 0)
            {
                // Bin h covers [h, h+1); its centre is h + 0.5 UTC.
                ll += utcHours[h] * WorkDayProfile.LogProbability(h + offset);
            }
        }
        return ll;
    }

    private static bool TryClaimedOffset(string zone, DateTimeOffset at, out double offset)
    {
        offset = 0;
        if (TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var tz))
        {
            offset = tz.GetUtcOffset(at).TotalHours;
            return true;
        }
        // Also accept "UTC+05:30", "+09:00", "UTC-5".
        var text = zone.Trim();
        if (text.StartsWith("UTC", StringComparison.OrdinalIgnoreCase) || text.StartsWith("GMT", StringComparison.OrdinalIgnoreCase))
        {
            text = text[3..];
        }
        if (text.Length == 0)
        {
            return true;
        }
        if (TimeSpan.TryParseExact(text.TrimStart('+', '-'), ["h\\:mm", "hh\\:mm", "%h", "hh"], CultureInfo.InvariantCulture, out var span))
        {
            offset = (text[0] == '-' ? -1 : 1) * span.TotalHours;
            return true;
        }
        return false;
    }

    private static string Histogram(int[] utcHours, double offset)
    {
        var sb = new StringBuilder();
        var shift = (int)Math.Round(offset);
        for (var local = 0; local < 24; local++)
        {
            var utc = ((local - shift) % 24 + 24) % 24;
            if (local > 0)
            {
                sb.Append(' ');
            }
            sb.Append(CultureInfo.InvariantCulture, $"{local:D2}:{utcHours[utc]}");
        }
        return sb.ToString();
    }

    private static double Wrap(double hour) => (hour % 24 + 24) % 24;

    private static string Format(double offset) =>
        (offset >= 0 ? "+" : "-") + TimeSpan.FromHours(Math.Abs(offset)).ToString(@"h\:mm", CultureInfo.InvariantCulture).Replace(":00", "", StringComparison.Ordinal);

    private sealed class State(Guid? subjectId, string? claimedZone)
    {
        public Guid? SubjectId { get; } = subjectId;
        public string? ClaimedZone { get; } = claimedZone;
        public int[] Hours { get; init; } = new int[24];
        public int Count;
        public DateTimeOffset First = DateTimeOffset.MaxValue;
        public DateTimeOffset Last = DateTimeOffset.MinValue;
    }
}
