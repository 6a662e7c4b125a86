using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;
using Vigil.Server.Application.Sharing;
using Vigil.Sharing.Taxii;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil share sightings</c>: partners' sightings of your indicators ("seen by N organizations, M times"), and
/// <c>vigil share sightings push URL</c>: tell publishers how many of your subjects hold their indicators (counts only).
/// </summary>
public static partial class ShareSightingsCommand
{
    public static Command Create()
    {
        var cmd = new Command("sightings", "Partners' sightings of your indicators: seen by N organizations, M times (counts only)");
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table" };
        cmd.Options.Add(json);
        var storage = StorageCliOptions.AddTo(cmd);
        cmd.SetAction(async (parse, ct) =>
        {
            var (database, org) = await storage.OpenAsync(parse, ct);
            var summary = await new SightingService(database).SummaryAsync(org.Id, ct);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(summary, SightingsJson.Default.ListSightingSummary));
                return 0;
            }
            var table = new Table().Border(TableBorder.Rounded).Title($"Sightings reported to {Markup.Escape(org.Name)}");
            table.AddColumn("indicator").AddColumn("name").AddColumn("organizations").AddColumn("times").AddColumn("last reported");
            foreach (var s in summary)
            {
                table.AddRow(s.IndicatorId, Markup.Escape(s.Name ?? (s.Published ? "" : "(not one of ours)")),
                    s.Organizations.ToString(System.Globalization.CultureInfo.InvariantCulture), s.Times.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    s.LastReported.ToString("u", System.Globalization.CultureInfo.InvariantCulture));
            }
            AnsiConsole.Write(table);
            Console.WriteLine($"{summary.Count} indicators sighted by partners");
            return 0;
        });
        cmd.Subcommands.Add(Push());
        return cmd;
    }

    private static Command Push()
    {
        var cmd = new Command("push", "Send sightings of partners' indicators (how many of your subjects hold each, never which) to a publisher's TAXII collection");
        var peer = ShareCommand.PeerOptions.AddTo(cmd);
        var keys = ShareCommand.KeysOption();
        var source = new Option<string?>("--source") { Description = "Only indicators from this producer (as 'vigil share match' names it); default all" };
        var producer = new Option<string?>("--producer") { Description = "Your organization's name as partners see it (default: --org)" };
        cmd.Options.Add(keys);
        cmd.Options.Add(source);
        cmd.Options.Add(producer);
        var storage = StorageCliOptions.AddTo(cmd);
        cmd.SetAction(async (parse, ct) =>
        {
            var ring = ShareCommand.LoadKeys(parse, keys);
            var (database, org) = await storage.OpenAsync(parse, ct);
            using var http = new HttpClient();
            try
            {
                var (count, statuses) = await new SightingService(database).PushAsync(org.Id, parse.GetValue(producer) ?? org.Name, ring, parse.GetValue(source),
                    http, peer.Peer(parse), parse.GetValue(peer.Collection)!, peer.Auth(parse), ct);
                var failed = statuses.Sum(s => s.FailureCount);
                Console.WriteLine($"sightings: {count} sent, {statuses.Sum(s => s.SuccessCount)} objects stored, {failed} failed");
                return failed > 0 ? 3 : 0;
            }
            catch (Exception ex) when (ex is TaxiiClientException or HttpRequestException)
            {
                throw new CliException(ex.Message, 4);
            }
        });
        return cmd;
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
    [JsonSerializable(typeof(List<SightingSummary>))]
    private sealed partial class SightingsJson : JsonSerializerContext;
}
