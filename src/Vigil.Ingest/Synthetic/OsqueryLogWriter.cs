using System.Globalization;
using System.Text.Json;

namespace Vigil.Ingest.Synthetic;

/// <summary>
/// Writes osquery result-log lines (log-formats.md §4): a <c>system_info</c> snapshot per host; on Windows a
/// <c>programs</c> snapshot; on macOS <c>usb_devices</c> differential events (the first batch with counter 0, later
/// devices such as an IP-KVM with counter &gt; 0); <c>processes</c> events for remote-access tools. Column values are
/// strings (numerics false); <c>unixTime</c> is a number.
/// </summary>
internal static class OsqueryLogWriter
{
    private static readonly (string Name, string Version, string Publisher)[] CommonPrograms =
    [
        ("Google Chrome", "133.0.6943.127", "Google LLC"), ("Microsoft Teams", "25031.805.3440.5290", "Microsoft Corporation"),
        ("Slack", "4.41.105", "Slack Technologies Inc."), ("Zoom Workplace", "6.3.11", "Zoom Video Communications, Inc."),
        ("Microsoft Visual Studio Code", "1.97.2", "Microsoft Corporation"), ("Git", "2.48.1", "The Git Development Community"),
        ("Docker Desktop", "4.38.0", "Docker Inc."), ("7-Zip 24.09 (x64)", "24.09", "Igor Pavlov"), ("CrowdStrike Windows Sensor", "7.21.19205.0", "CrowdStrike, Inc."),
    ];

    private static readonly Dictionary<string, (string Version, string Publisher, string Exe)> Rmm = new(StringComparer.Ordinal)
    {
        ["AnyDesk"] = ("ad 9.0.4", "AnyDesk Software GmbH", "AnyDesk.exe"),
        ["TeamViewer"] = ("15.62.4", "TeamViewer Germany GmbH", "TeamViewer.exe"),
        ["Chrome Remote Desktop"] = ("133.0.6943.16", "Google LLC", "remoting_host.exe"),
    };

    public static void Write(TextWriter output, PersonDraft p, SynthRandom rng)
    {
        var plan = p.Worker!;
        var user = plan.Login[..plan.Login.IndexOf('@', StringComparison.Ordinal)];
        var hostname = plan.Mac ? $"{user.Replace(".", "-", StringComparison.Ordinal)}-mbp" : "WIN-LT-" + plan.AssetTag[3..];
        var t0 = plan.HiredAt.AddDays(rng.Between(1, 4)).AddHours(rng.Between(0, 23));
        var counter = 0;

        Line(output, w =>
        {
            w.WriteStartArray("snapshot");
            w.WriteStartObject();
            w.WriteString("hostname", hostname);
            w.WriteString("uuid", plan.HostIdentifier);
            w.WriteString("cpu_type", plan.Mac ? "arm64e" : "x86_64");
            w.WriteString("cpu_brand", plan.Mac ? "Apple M3 Pro" : "13th Gen Intel(R) Core(TM) i7-1365U");
            w.WriteString("cpu_physical_cores", plan.Mac ? "12" : "10");
            w.WriteString("cpu_logical_cores", plan.Mac ? "12" : "12");
            w.WriteString("physical_memory", plan.Mac ? "38654705664" : "34359738368");
            w.WriteString("hardware_vendor", plan.Mac ? "Apple Inc." : "Dell Inc.");
            w.WriteString("hardware_model", plan.Mac ? "Mac15,6" : "Latitude 7440");
            w.WriteString("hardware_version", "");
            w.WriteString("hardware_serial", plan.Serial);
            w.WriteString("computer_name", hostname);
            w.WriteString("local_hostname", hostname);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteString("action", "snapshot");
        }, "pack_vigil_system_info", plan, hostname, user, t0, counter++);

        if (!plan.Mac)
        {
            Line(output, w =>
            {
                w.WriteStartArray("snapshot");
                foreach (var (name, version, publisher) in CommonPrograms)
                {
                    Program(w, name, version, publisher, $"C:\\Program Files\\{name}\\", plan.HiredAt);
                }
                foreach (var tool in plan.Rmm)
                {
                    var r = Rmm[tool];
                    Program(w, tool, r.Version, r.Publisher, $"\"C:\\Program Files (x86)\\{tool}\"", plan.HiredAt.AddDays(3));
                }
                if (plan.AstrillInstalled)
                {
                    Program(w, "Astrill VPN", "3.10.0.2681", "Astrill Systems Corp.", "C:\\Program Files (x86)\\Astrill\\", plan.HiredAt.AddDays(2));
                }
                if (plan.Jiggler)
                {
                    Program(w, "Mouse Jiggler", "3.0.0", "Arkane Systems", "C:\\Program Files\\Mouse Jiggler\\", plan.HiredAt.AddDays(6));
                }
                w.WriteEndArray();
                w.WriteString("action", "snapshot");
            }, "pack_vigil_programs", plan, hostname, user, t0.AddMinutes(5), counter++);
        }
        else
        {
            var usbCounter = 0;
            var devices = new List<(string Vendor, string VendorId, string Model, string ModelId, string Serial)>
            {
                ("Apple Inc.", "05ac", "Magic Keyboard with Touch ID", "029c", rng.Alnum(12, upper: true)),
                ("Logitech", "046d", "USB Receiver", "c548", ""),
            };
            foreach (var d in devices)
            {
                UsbLine(output, d, plan, hostname, user, t0.AddMinutes(2), usbCounter);
            }
            if (plan.Kvm is { } kvm)
            {
                // An IP-KVM appears days later as a composite USB gadget (log-formats.md §5.1); macOS shows its own strings.
                var d = kvm == "pikvm"
                    ? ("PiKVM", "1d6b", "PiKVM Composite Device", "0104", "CAFEBABE")
                    : ("tinypilot", "1d6b", "Multifunction USB Device", "0104", "6b65796d696d6570690");
                UsbLine(output, d, plan, hostname, user, t0.AddDays(rng.Between(2, 10)), ++usbCounter);
            }
        }

        foreach (var tool in plan.Rmm)
        {
            var r = Rmm[tool];
            var started = t0.AddDays(rng.Between(3, 20));
            Line(output, w =>
            {
                w.WriteStartObject("columns");
                w.WriteString("pid", rng.Between(1000, 30000).ToString(CultureInfo.InvariantCulture));
                w.WriteString("name", plan.Mac ? tool : r.Exe);
                w.WriteString("path", plan.Mac ? $"/Applications/{tool}.app/Contents/MacOS/{tool}" : $"C:\\Program Files (x86)\\{tool}\\{r.Exe}");
                w.WriteString("cmdline", plan.Mac ? $"/Applications/{tool}.app/Contents/MacOS/{tool} --service" : $"\"C:\\Program Files (x86)\\{tool}\\{r.Exe}\" --service");
                w.WriteString("state", "S");
                w.WriteString("on_disk", "1");
                w.WriteString("start_time", started.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
                w.WriteString("parent", "1");
                w.WriteEndObject();
                w.WriteString("action", "added");
            }, "pack_vigil_processes", plan, hostname, user, started.AddMinutes(1), 1 + rng.Next(40));
        }
    }

    private static void Program(Utf8JsonWriter w, string name, string version, string publisher, string location, DateTimeOffset installed)
    {
        w.WriteStartObject();
        w.WriteString("name", name);
        w.WriteString("version", version);
        w.WriteString("install_location", location);
        w.WriteString("install_source", "");
        w.WriteString("language", "");
        w.WriteString("publisher", publisher);
        w.WriteString("uninstall_string", location.TrimEnd('\\') + "\\uninstall.exe");
        w.WriteString("install_date", installed.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
        w.WriteString("identifying_number", "");
        w.WriteString("package_family_name", "");
        w.WriteString("upgrade_code", "");
        w.WriteEndObject();
    }

    private static void UsbLine(TextWriter output, (string Vendor, string VendorId, string Model, string ModelId, string Serial) d, WorkerPlan plan, string hostname, string user, DateTimeOffset at, int counter) =>
        Line(output, w =>
        {
            w.WriteStartObject("columns");
            w.WriteString("usb_address", "20");
            w.WriteString("usb_port", "1");
            w.WriteString("vendor", d.Vendor);
            w.WriteString("vendor_id", d.VendorId);
            w.WriteString("version", "0510");
            w.WriteString("model", d.Model);
            w.WriteString("model_id", d.ModelId);
            w.WriteString("serial", d.Serial);
            w.WriteString("class", "0");
            w.WriteString("subclass", "0");
            w.WriteString("protocol", "0");
            w.WriteString("removable", "1");
            w.WriteEndObject();
            w.WriteString("action", "added");
        }, "pack_vigil_usb_devices", plan, hostname, user, at, counter);

    private static void Line(TextWriter output, Action<Utf8JsonWriter> body, string name, WorkerPlan plan, string hostname, string user, DateTimeOffset at, int counter)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms))
        {
            w.WriteStartObject();
            w.WriteString("name", name);
            w.WriteString("hostIdentifier", plan.HostIdentifier);
            w.WriteString("calendarTime", CalendarTime(at));
            w.WriteNumber("unixTime", at.ToUnixTimeSeconds());
            w.WriteNumber("epoch", 0);
            w.WriteNumber("counter", counter);
            w.WriteBoolean("numerics", false);
            w.WriteStartObject("decorations");
            w.WriteString("host_uuid", plan.HostIdentifier);
            w.WriteString("hostname", hostname);
            w.WriteString("username", user);
            w.WriteEndObject();
            body(w);
            w.WriteEndObject();
        }
        output.Write(System.Text.Encoding.UTF8.GetString(ms.ToArray()));
        output.Write('\n');
    }

    /// <summary>asctime text plus " UTC", day padded with a space: <c>Tue Mar  4 01:20:00 2025 UTC</c>.</summary>
    public static string CalendarTime(DateTimeOffset at)
    {
        var t = at.UtcDateTime;
        return string.Create(CultureInfo.InvariantCulture, $"{t:ddd MMM} {t.Day,2} {t:HH:mm:ss yyyy} UTC");
    }
}
