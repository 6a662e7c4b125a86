using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Vigil.Storage;
using Vigil.Storage.Auth;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil keys create --org NAME --role ROLE</c>: prints a new API key once; <c>list</c>, <c>revoke</c>.</summary>
public static class KeysCommand
{
    public static Command Create()
    {
        var command = new Command("keys", "Create, list and revoke API keys");
        command.Subcommands.Add(CreateCommand());
        command.Subcommands.Add(ListCommand());
        command.Subcommands.Add(RevokeCommand());
        return command;
    }

    private static (Option<string?> Db, Option<string?> Postgres, Option<string> Org, StorageCliOptions Storage) Common(Command command)
    {
        var storage = new StorageCliOptions();
        var org = new Option<string>("--org") { Description = "Organization name", Required = true };
        command.Options.Add(storage.Db);
        command.Options.Add(storage.Postgres);
        command.Options.Add(org);
        return (storage.Db, storage.Postgres, org, storage);
    }

    private static async Task<(VigilDatabase, Core.Model.Organization)> OpenAsync(StorageCliOptions storage, ParseResult result, Option<string> org, CancellationToken ct)
    {
        var database = new VigilDatabase(storage.Resolve(result));
        await database.MigrateAsync(ct);
        var name = result.GetValue(org)!;
        var found = await database.FindOrganizationAsync(name, ct)
            ?? throw new CliException($"No organization '{name}'. Create it with: vigil orgs create \"{name}\"");
        return (database, found);
    }

    private static Command CreateCommand()
    {
        var command = new Command("create", "Create an API key and print it (shown once, stored hashed)");
        var (_, _, org, storage) = Common(command);
        var role = new Option<string>("--role") { Description = "admin, analyst, ingest-only or read-only", Required = true };
        var name = new Option<string?>("--name") { Description = "Who holds the key (shown in the audit log); default: the role" };
        command.Options.Add(role);
        command.Options.Add(name);
        command.SetAction(async (result, ct) =>
        {
            if (!ApiKeys.TryParseRole(result.GetValue(role)!, out var parsed))
            {
                throw new CliException("--role must be admin, analyst, ingest-only or read-only.");
            }
            var (database, o) = await OpenAsync(storage, result, org, ct);
            var holder = result.GetValue(name) ?? ApiKeys.RoleName(parsed);
            var (key, secret) = await ApiKeys.CreateAsync(database, o.Id, holder, parsed, cancellationToken: ct);
            await using (var db = database.CreateContext(o.Id))
            {
                await AuditLog.SaveWithAuditAsync(db, "cli", "key.create", "key/" + key.Id,
                    $"{{\"name\":\"{System.Text.Json.JsonEncodedText.Encode(holder)}\",\"role\":\"{ApiKeys.RoleName(parsed)}\"}}",
                    TimeProvider.System, ct);
            }
            Console.Error.WriteLine($"created {ApiKeys.RoleName(parsed)} key '{holder}' for '{o.Name}' ({key.Prefix}…); it is shown once:");
            Console.WriteLine(secret);
            return 0;
        });
        return command;
    }

    private static Command ListCommand()
    {
        var command = new Command("list", "List an organization's keys (prefixes only)");
        var (_, _, org, storage) = Common(command);
        command.SetAction(async (result, ct) =>
        {
            var (database, o) = await OpenAsync(storage, result, org, ct);
            await using var db = database.CreateContext(o.Id);
            var table = new Table().AddColumns("Id", "Name", "Role", "Prefix", "Created", "Revoked");
            foreach (var k in await db.ApiKeys.AsNoTracking().OrderBy(k => k.CreatedAt).ToListAsync(ct))
            {
                table.AddRow(k.Id.ToString(), Markup.Escape(k.Name), ApiKeys.RoleName(k.Role), k.Prefix, k.CreatedAt.ToString("u"), k.RevokedAt?.ToString("u") ?? "");
            }
            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }

    private static Command RevokeCommand()
    {
        var id = new Argument<Guid>("ID") { Description = "Key id (from vigil keys list)" };
        var command = new Command("revoke", "Revoke a key") { id };
        var (_, _, org, storage) = Common(command);
        command.SetAction(async (result, ct) =>
        {
            var (database, o) = await OpenAsync(storage, result, org, ct);
            await using var db = database.CreateContext(o.Id);
            var keyId = result.GetValue(id);
            var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == keyId, ct) ?? throw new CliException("No such key in that organization.");
            key.RevokedAt ??= DateTimeOffset.UtcNow;
            await AuditLog.SaveWithAuditAsync(db, "cli", "key.revoke", "key/" + key.Id, null, TimeProvider.System, ct);
            Console.WriteLine($"revoked {key.Prefix}…");
            return 0;
        });
        return command;
    }
}
