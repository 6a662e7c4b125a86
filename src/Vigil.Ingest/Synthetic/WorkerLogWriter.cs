using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Vigil.Ingest.Synthetic;

/// <summary>
/// Writes the workers' logs in real formats (docs/formats.md §2): okta-signins.ndjson, entra-signins.json,
/// signins.csv (each worker in the file of their company's identity provider), osquery.ndjson, payroll.csv and
/// shipments.csv. Files are written in a fixed order from per-worker forked streams, so bytes are reproducible.
/// </summary>
internal sealed class WorkerLogWriter(SynthOptions options, List<PersonDraft> workers)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly (string Ua, string Os, string Browser, string EntraOs, string EntraBrowser)[] WindowsAgents =
    [
        ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36", "Windows 10", "CHROME", "Windows 10", "Chrome 133.0.0"),
        ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36 Edg/133.0.0.0", "Windows 10", "EDGE_CHROMIUM", "Windows 10", "Edge 133.0.0"),
    ];

    private static readonly (string Ua, string Os, string Browser, string EntraOs, string EntraBrowser)[] MacAgents =
    [
        ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Safari/605.1.15", "Mac OS X", "SAFARI", "MacOs", "Safari 18.3"),
        ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36", "Mac OS X", "CHROME", "MacOs", "Chrome 133.0.0"),
    ];

    public long WriteAll(List<string> files)
    {
        if (workers.Count == 0)
        {
            return 0;
        }
        var root = new SynthRandom(options.Seed).Fork("worker-logs");
        var plans = workers.Select(p => (Person: p, SignIns: SignInPlanner.Plan(p, root.Fork("signins/" + p.Id)))).ToList();
        long events = 0;

        var okta = Path.Combine(options.OutputDirectory, "okta-signins.ndjson");
        using (var stream = new FileStream(okta, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            foreach (var (p, signIns) in plans.Where(x => x.Person.Worker!.Company.IdentityProvider == "okta"))
            {
                var rng = root.Fork("okta/" + p.Id);
                var agent = rng.Pick(p.Worker!.Mac ? MacAgents : WindowsAgents);
                foreach (var s in signIns)
                {
                    events += WriteOkta(stream, p, s, "user.session.start", s.At, rng, agent);
                    if (s.Success && rng.Chance(0.3))
                    {
                        events += WriteOkta(stream, p, s, "user.authentication.auth_via_mfa", s.At.AddSeconds(rng.Between(5, 40)), rng, agent);
                    }
                    if (s.Success && rng.Chance(0.5))
                    {
                        events += WriteOkta(stream, p, s, "user.authentication.sso", s.At.AddSeconds(rng.Between(60, 600)), rng, agent);
                    }
                }
            }
        }
        files.Add(okta);

        // Graph returns newest first; one list page holds every row here (nextLink omitted: last page).
        var entra = Path.Combine(options.OutputDirectory, "entra-signins.json");
        var entraRows = plans.Where(x => x.Person.Worker!.Company.IdentityProvider == "entra")
            .SelectMany(x => x.SignIns.Select(s => (x.Person, SignIn: s)))
            .OrderByDescending(x => x.SignIn.At).ThenBy(x => x.Person.Id, StringComparer.Ordinal).ToList();
        using (var stream = new FileStream(entra, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false }))
        {
            var rng = root.Fork("entra");
            w.WriteStartObject();
            w.WriteString("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#auditLogs/signIns");
            w.WriteStartArray("value");
            foreach (var (p, s) in entraRows)
            {
                var agent = (p.Worker!.Mac ? MacAgents : WindowsAgents)[0];
                EntraSignInWriter.Write(w, p, s, s.At.AddTicks(rng.Next(10_000_000)), rng, agent.EntraBrowser, agent.EntraOs);
                events++;
                if (w.BytesPending > 1 << 16)
                {
                    w.Flush();
                }
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        files.Add(entra);

        var csv = Path.Combine(options.OutputDirectory, "signins.csv");
        using (var w = new StreamWriter(csv, false, Utf8, 1 << 16))
        {
            w.Write("timestamp,user,ip,user_agent,device_id,result\n");
            foreach (var (p, signIns) in plans.Where(x => x.Person.Worker!.Company.IdentityProvider == "csv"))
            {
                var agent = (p.Worker!.Mac ? MacAgents : WindowsAgents)[0];
                foreach (var s in signIns)
                {
                    w.Write($"{Ts(s.At)},{p.Worker.Login},{s.Ip},\"{agent.Ua}\",{(s.Managed ? p.Worker.DeviceId : "")},{(s.Success ? "success" : "failure")}\n");
                    events++;
                }
            }
        }
        files.Add(csv);

        var osquery = Path.Combine(options.OutputDirectory, "osquery.ndjson");
        using (var w = new StreamWriter(osquery, false, Utf8, 1 << 16))
        {
            foreach (var p in workers)
            {
                OsqueryLogWriter.Write(w, p, root.Fork("osquery/" + p.Id));
            }
        }
        files.Add(osquery);

        var payroll = Path.Combine(options.OutputDirectory, "payroll.csv");
        using (var w = new StreamWriter(payroll, false, Utf8, 1 << 16))
        {
            w.Write("change_id,changed_at,employee_id,email,change_type,method,provider,account,account_holder,bank_country,source_ip\n");
            var rows = workers.SelectMany(p => p.Worker!.PayrollChanges.Select((c, i) => (p, c, i))).OrderBy(x => x.c.At).ThenBy(x => x.p.Id, StringComparer.Ordinal).ToList();
            foreach (var (p, c, i) in rows)
            {
                w.Write($"PC-{p.Id}-{i + 1:D2},{Ts(c.At)},{p.Id},{p.Worker!.Login},{c.ChangeType},{c.Method},{Csv(c.Provider)},{Csv(c.Account)},{Csv(c.Holder)},{c.BankCountry},{c.SourceIp}\n");
                events++;
            }
        }
        files.Add(payroll);

        var shipments = Path.Combine(options.OutputDirectory, "shipments.csv");
        using (var w = new StreamWriter(shipments, false, Utf8, 1 << 16))
        {
            w.Write("shipment_id,shipped_at,employee_id,email,asset_tag,device_serial,device_id,carrier,tracking_number,ship_to_name,ship_to_address,ship_to_country,status\n");
            var rng = root.Fork("shipments");
            foreach (var p in workers.OrderBy(p => p.Worker!.HiredAt).ThenBy(p => p.Id, StringComparer.Ordinal))
            {
                var plan = p.Worker!;
                var carrier = rng.Pick(["UPS", "FedEx", "DHL", "USPS"]);
                var tracking = carrier == "UPS" ? "1Z" + rng.Alnum(16, upper: true) : rng.Digits(12);
                var status = plan.ShipRedirected ? "redirected" : "delivered";
                var shipTo = plan.ShipTo ?? p.Address ?? "";
                w.Write($"SH-{p.Id},{Ts(plan.HiredAt.AddDays(-3))},{p.Id},{plan.Login},{plan.AssetTag},{plan.Serial},{plan.DeviceId},{carrier},{tracking},{Csv(p.FullName)},{Csv(shipTo)},{(plan.FarmAddress is null ? p.Country.Code : "US")},{status}\n");
                events++;
            }
        }
        files.Add(shipments);
        return events;
    }

    private static int WriteOkta(Stream stream, PersonDraft p, PlannedSignIn s, string type, DateTimeOffset at, SynthRandom rng,
        (string Ua, string Os, string Browser, string EntraOs, string EntraBrowser) agent)
    {
        using (var w = new Utf8JsonWriter(stream, JsonOptions))
        {
            OktaEventWriter.Write(w, p, s, type, at.AddMilliseconds(rng.Next(1000)), rng, agent.Ua, agent.Os, agent.Browser);
        }
        stream.WriteByte((byte)'\n');
        return 1;
    }

    private static string Ts(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
