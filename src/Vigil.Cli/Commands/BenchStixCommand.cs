using System.Buffers;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Vigil.Core.Identifiers;
using Vigil.Sharing.Export;
using Vigil.Sharing.KeyedHashing;
using Vigil.Sharing.Policy;
using Vigil.Sharing.Stix;
using Vigil.Sharing.Stix.Serialization;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil bench stix</c>: STIX 2.1 serialize and parse throughput on a realistic export (keyed-identifier SCOs,
/// indicators, relationships), and optionally a bundle of a given size streamed to and from a file with the peak
/// working set, to show memory stays flat. Targets (issue 7): serialize ≥ 200,000 objects/s, parse ≥ 150,000/s.
/// </summary>
public static partial class BenchStixCommand
{
    public static Command Create()
    {
        var cmd = new Command("stix", "Measure STIX 2.1 serialize/parse objects per second and streaming memory on a large bundle");
        var objects = new Option<int>("--objects") { Description = "Objects serialized and parsed in memory (default 200,000)", DefaultValueFactory = _ => 200_000 };
        var iterations = new Option<int>("--iterations") { Description = "Timed repetitions; the best is reported (default 3)", DefaultValueFactory = _ => 3 };
        var fileMb = new Option<int>("--file-mb") { Description = "Also stream a bundle of about this many MB to a temp file and read it back (0 = skip; 1024 for the 1 GB check)" };
        var dir = new Option<DirectoryInfo?>("--dir") { Description = "Folder for the temporary bundle (default the system temp folder); the file is deleted afterwards" };
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON" };
        foreach (var o in new Option[] { objects, iterations, fileMb, dir, json })
        {
            cmd.Options.Add(o);
        }
        cmd.SetAction(async (parse, ct) =>
        {
            var n = Math.Max(1, parse.GetValue(objects));
            var keyring = new CommunityKeyring([new CommunityKey("bench", new byte[32])]);
            var list = Generate(keyring).Take(n).ToList();
            var serializeBest = double.MaxValue;
            var parseBest = double.MaxValue;
            byte[] bundle = [];
            for (var i = 0; i < Math.Max(1, parse.GetValue(iterations)); i++)
            {
                var sw = Stopwatch.StartNew();
                var buffer = new ArrayBufferWriter<byte>(bundle.Length > 0 ? bundle.Length + 1024 : 64 * 1024 * 1024);
                using (var writer = new Utf8JsonWriter(buffer, StixBundleWriter.WriterOptions))
                {
                    StixBundleWriter.WriteBundle(writer, list);
                }
                serializeBest = Math.Min(serializeBest, sw.Elapsed.TotalSeconds);
                bundle = buffer.WrittenSpan.ToArray();

                sw.Restart();
                var read = 0;
                await foreach (var r in StixBundleReader.ReadAsync(new MemoryStream(bundle), ct))
                {
                    read += r.Success ? 1 : throw new CliException($"bench bundle object {read}: {r.Error}", 1);
                }
                parseBest = Math.Min(parseBest, sw.Elapsed.TotalSeconds);
            }
            var bytes = bundle.Length;
            // Drop the in-memory data set so the streaming phase's working set shows only what streaming needs.
            list = [];
            bundle = [];
            var result = new BenchStixResult(n, bytes, Math.Round(n / serializeBest), Math.Round(n / parseBest),
                Math.Round(serializeBest * 1000, 1), Math.Round(parseBest * 1000, 1), Environment.ProcessorCount, Load(),
                parse.GetValue(fileMb) > 0 ? await StreamFileAsync(keyring, parse.GetValue(fileMb), parse.GetValue(dir)?.FullName ?? Path.GetTempPath(), ct) : null);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(result, BenchStixJson.Default.BenchStixResult));
            }
            else
            {
                Console.WriteLine($"{n:N0} objects ({bytes / 1e6:F1} MB): serialize {result.SerializeObjectsPerSecond:N0} objects/s, parse {result.ParseObjectsPerSecond:N0} objects/s (load {result.LoadAverage})");
                if (result.File is { } f)
                {
                    Console.WriteLine($"{f.Objects:N0} objects, {f.Bytes / 1e6:F0} MB file: write {f.WriteObjectsPerSecond:N0} objects/s, read {f.ReadObjectsPerSecond:N0} objects/s; peak working set {f.PeakWorkingSetMb} MB (before {f.WorkingSetBeforeMb} MB, max during write {f.MaxWorkingSetDuringWriteMb} MB, during read {f.MaxWorkingSetDuringReadMb} MB)");
                }
            }
            return 0;
        });
        return cmd;
    }

    /// <summary>An endless realistic export: hashed phones, e-mails and wallets with their indicators and relationships.</summary>
    internal static IEnumerable<StixObject> Generate(CommunityKeyring keyring)
    {
        IdentifierKind[] kinds = [IdentifierKind.Phone, IdentifierKind.Email, IdentifierKind.CryptoWallet];
        var decisions = Enumerable.Range(0, int.MaxValue).Select(i =>
        {
            var kind = kinds[i % kinds.Length];
            var value = kind switch
            {
                IdentifierKind.Phone => $"+1415{i % 10_000_000:D7}",
                IdentifierKind.Email => $"worker{i}@example.com",
                _ => $"0x{i:x40}",
            };
            return new SharingDecision(new ShareCandidate(kind, value, true, IndicatorIds: ["SAN-03"]), SharingAction.ShareHashed, "bench");
        });
        return StixExporter.Export(decisions, new StixExportOptions("Bench org", keyring));
    }

    private static async Task<BenchStixFile> StreamFileAsync(CommunityKeyring keyring, int megabytes, string dir, CancellationToken ct)
    {
        var path = Path.Combine(dir, $"vigil-bench-stix-{Environment.ProcessId}.json");
        var target = (long)megabytes * 1024 * 1024;
        var process = Process.GetCurrentProcess();
        GC.Collect();
        process.Refresh();
        var before = process.WorkingSet64;
        try
        {
            long count = 0;
            long maxWrite = 0;
            var sw = Stopwatch.StartNew();
            await using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            await using (var writer = new StixBundleWriter(file))
            {
                foreach (var o in Generate(keyring))
                {
                    await writer.WriteAsync(o, ct);
                    // Checking the length costs a syscall; every 4,096 objects is plenty.
                    if ((++count & 4095) == 0)
                    {
                        if ((count & 65535) == 0)
                        {
                            process.Refresh();
                            maxWrite = Math.Max(maxWrite, process.WorkingSet64);
                        }
                        if (file.Position >= target)
                        {
                            break;
                        }
                    }
                }
            }
            var writeSeconds = sw.Elapsed.TotalSeconds;
            var bytes = new FileInfo(path).Length;
            sw.Restart();
            long read = 0;
            long maxDuring = 0;
            await using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true))
            {
                await foreach (var r in StixBundleReader.ReadAsync(file, ct))
                {
                    if (!r.Success)
                    {
                        throw new CliException($"{path}: object {read}: {r.Error}", 1);
                    }
                    if ((++read & 65535) == 0)
                    {
                        process.Refresh();
                        maxDuring = Math.Max(maxDuring, process.WorkingSet64);
                    }
                }
            }
            var readSeconds = sw.Elapsed.TotalSeconds;
            process.Refresh();
            return new BenchStixFile(read, bytes, Math.Round(count / writeSeconds), Math.Round(read / readSeconds),
                before >> 20, maxWrite >> 20, maxDuring >> 20, process.PeakWorkingSet64 >> 20);
        }
        finally
        {
            File.Delete(path);
        }
    }

    internal static string Load() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    public sealed record BenchStixFile(long Objects, long Bytes, double WriteObjectsPerSecond, double ReadObjectsPerSecond,
        long WorkingSetBeforeMb, long MaxWorkingSetDuringWriteMb, long MaxWorkingSetDuringReadMb, long PeakWorkingSetMb);

    public sealed record BenchStixResult(int Objects, long Bytes, double SerializeObjectsPerSecond, double ParseObjectsPerSecond,
        double SerializeMs, double ParseMs, int ProcessorCount, string LoadAverage, BenchStixFile? File);

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(BenchStixResult))]
    private sealed partial class BenchStixJson : JsonSerializerContext;
}
