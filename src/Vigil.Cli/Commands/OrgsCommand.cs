using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Vigil.Storage;
using Vigil.Storage.Auth;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil orgs create NAME</c> and <c>vigil orgs list</c>: organizations (tenants).</summary>
public static class OrgsCommand
{
    public static Command Create()
    {
        var command = new Command("orgs", "Create and list organizations (tenants)");
        command.Subcommands.Add(CreateCommand());
        command.Subcommands.Add(ListCommand());
        return command;
    }

    private static Command CreateCommand()
    {
        var name = new Argument<string>("NAME") { Description = "Organization name (unique)" };
        var command = new Command("create", "Create an organization (no-op when it exists)") { name };
        var storage = new StorageCliOptions();
        command.Options.Add(storage.Db);
        command.Options.Add(storage.Postgres);
        command.SetAction(async (result, ct) =>
        {
            var orgName = result.GetValue(name)!.Trim();
            if (orgName.Length is 0 or > 200)
            {
                throw new CliException("The organization name must have 1 to 200 characters.");
            }
            var database = new VigilDatabase(storage.Resolve(result));
            await database.MigrateAsync(ct);
            var existed = await database.FindOrganizationAsync(orgName, ct) is not null;
            var org = await database.EnsureOrganizationAsync(orgName, cancellationToken: ct);
            if (!existed)
            {
                await using var db = database.CreateContext(org.Id);
                await AuditLog.SaveWithAuditAsync(db, "cli", "org.create", "org/" + org.Id, null, TimeProvider.System, ct);
            }
            Console.WriteLine(existed ? $"organization '{org.Name}' already exists ({org.Id})" : $"created organization '{org.Name}' ({org.Id})");
            return 0;
        });
        return command;
    }

    private static Command ListCommand()
    {
        var command = new Command("list", "List organizations");
        var storage = new StorageCliOptions();
        command.Options.Add(storage.Db);
        command.Options.Add(storage.Postgres);
        command.SetAction(async (result, ct) =>
        {
            var database = new VigilDatabase(storage.Resolve(result));
            await database.MigrateAsync(ct);
            await using var db = database.CreateContext();
            var table = new Table().AddColumns("Name", "Id", "Created");
            foreach (var o in await db.Organizations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(ct))
            {
                table.AddRow(Markup.Escape(o.Name), o.Id.ToString(), o.CreatedAt.ToString("u"));
            }
            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }
}
