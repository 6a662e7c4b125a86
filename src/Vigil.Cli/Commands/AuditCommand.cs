using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Vigil.Storage;
using Vigil.Storage.Auth;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil audit verify [--org NAME] [--expect-head SEQ:HASH]</c>: recomputes every organization's hash chain
/// and checks its stored head (edited, deleted-middle and deleted-newest rows); prints each head so it can be kept
/// outside the database and passed back as <c>--expect-head</c>. Exit 2 when broken.</summary>
public static class AuditCommand
{
    public static Command Create()
    {
        var command = new Command("audit", "Inspect the tamper-evident audit log");
        var verify = new Command("verify", "Verify the audit hash chain of one or every organization (exit code 2 when tampered)");
        var storage = new StorageCliOptions();
        var org = new Option<string?>("--org") { Description = "Organization name (default: every organization)" };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON" };
        var expect = new Option<string?>("--expect-head")
        {
            Description = "SEQUENCE:HASH printed by an earlier verify and kept outside the database: that entry must still exist with that hash (needs --org)",
        };
        verify.Options.Add(storage.Db);
        verify.Options.Add(storage.Postgres);
        verify.Options.Add(org);
        verify.Options.Add(json);
        verify.Options.Add(expect);
        verify.SetAction(async (result, ct) =>
        {
            AuditAnchor? anchor = null;
            if (result.GetValue(expect) is { } text)
            {
                if (!AuditAnchor.TryParse(text, out anchor))
                {
                    throw new CliException($"--expect-head: '{text}' is not SEQUENCE:HASH (64 hex digits), as verify prints it", 2);
                }
                if (result.GetValue(org) is null)
                {
                    throw new CliException("--expect-head needs --org: a head belongs to one organization's chain", 2);
                }
            }
            var database = new VigilDatabase(storage.Resolve(result));
            await database.MigrateAsync(ct);
            List<Core.Model.Organization> orgs;
            await using (var db = database.CreateContext())
            {
                var name = result.GetValue(org);
                orgs = await db.Organizations.AsNoTracking().Where(o => name == null || o.Name == name).OrderBy(o => o.Name).ToListAsync(ct);
                if (name is not null && orgs.Count == 0)
                {
                    throw new CliException($"No organization '{name}'.");
                }
            }
            var broken = 0;
            var rows = new List<(string Org, Core.Cases.AuditVerification Result, AuditAnchor Head)>();
            foreach (var o in orgs)
            {
                var status = await AuditLog.VerifyWithHeadAsync(database, o.Id, anchor, ct);
                rows.Add((o.Name, status.Verification, status.Head));
                broken += status.Verification.IsIntact ? 0 : 1;
            }
            if (result.GetValue(json))
            {
                using var stream = Console.OpenStandardOutput();
                using (var w = new System.Text.Json.Utf8JsonWriter(stream, new System.Text.Json.JsonWriterOptions { Indented = true }))
                {
                    w.WriteStartArray();
                    foreach (var (name, r, head) in rows)
                    {
                        w.WriteStartObject();
                        w.WriteString("org", name);
                        w.WriteBoolean("intact", r.IsIntact);
                        w.WriteNumber("entries", r.Entries);
                        w.WriteString("head", head.ToString());
                        w.WriteNumber("head_sequence", head.Sequence);
                        w.WriteString("head_hash", head.Hash);
                        if (r.BrokenAt is { } at)
                        {
                            w.WriteNumber("broken_at", at);
                            w.WriteString("problem", r.Problem);
                        }
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }
                Console.WriteLine();
            }
            else
            {
                var table = new Table().AddColumns("Organization", "Entries", "Chain", "Head (anchor: keep outside the database)", "Problem");
                foreach (var (name, r, head) in rows)
                {
                    table.AddRow(Markup.Escape(name), r.Entries.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        r.IsIntact ? "[green]intact[/]" : "[red]BROKEN[/]", Markup.Escape(head.ToString()), Markup.Escape(r.Problem ?? ""));
                }
                AnsiConsole.Write(table);
            }
            return broken == 0 ? 0 : 2;
        });
        command.Subcommands.Add(verify);
        return command;
    }
}
