using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Vigil.Core.Cases;
using Vigil.Core.Scoring;
using Vigil.Server.Paging;
using Vigil.Storage;

namespace Vigil.Server.Apis;

/// <summary>The alert queue's page query in plain ADO.NET on the context's connection. EF's query pipeline and
/// materializer cost about ten times the SQL itself for a 51-row page; this is the hottest read of the dashboard.</summary>
/// <remarks>Org-scoped by construction: <see cref="Build"/> is the only place the SQL is written and it always starts
/// with <c>a."OrgId" = @org</c> (and joins subjects of the same org), taking the org from the context's own scope.
/// Column types follow the EF mapping: on SQLite GUIDs are upper-case TEXT and instants are UTC ticks (INTEGER,
/// <see cref="UtcTicksConverter"/>); on PostgreSQL they are uuid and timestamptz.</remarks>
internal static class AlertListSql
{
    private const string Columns = """
        SELECT a."Id", a."SubjectId", s."FullName", a."Score", a."Level", a."Status", a."TopReason", a."IndicatorIds",
        a."DetectorIds", a."Assignee", a."CaseId", a."ClusterId", a."CreatedAt", a."UpdatedAt"
        FROM "alerts" AS a LEFT JOIN "subjects" AS s ON s."Id" = a."SubjectId" AND s."OrgId" = @org
        WHERE a."OrgId" = @org
        """;

    /// <summary>Reads up to <paramref name="take"/> rows of the queue after <paramref name="at"/>.</summary>
    public static async Task<List<AlertListRow>> ReadPageAsync(VigilDbContext db, AlertListFilter filter, string sort, bool desc,
        PageCursor? at, int take, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(ct);
        }
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            Build(command, db, filter, sort, desc, at, take);
            var sqlite = db.Provider == StorageProvider.Sqlite;
            var rows = new List<AlertListRow>(take);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows.Add(new AlertListRow
                {
                    Id = reader.GetGuid(0),
                    SubjectId = reader.GetGuid(1),
                    SubjectName = reader.IsDBNull(2) ? null : reader.GetString(2),
                    Score = reader.GetDouble(3),
                    Level = (RiskLevel)reader.GetInt32(4),
                    Status = (AlertStatus)reader.GetInt32(5),
                    TopReason = reader.GetString(6),
                    IndicatorIds = reader.GetString(7),
                    DetectorIds = reader.GetString(8),
                    Assignee = reader.IsDBNull(9) ? null : reader.GetString(9),
                    CaseId = reader.IsDBNull(10) ? null : reader.GetGuid(10),
                    ClusterId = reader.IsDBNull(11) ? null : reader.GetString(11),
                    CreatedAt = ReadInstant(reader, 12, sqlite),
                    UpdatedAt = ReadInstant(reader, 13, sqlite),
                });
            }
            return rows;
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    /// <summary>Writes the parameterized SELECT: org term first, then the filter, the keyset bound and the order.</summary>
    private static void Build(DbCommand command, VigilDbContext db, AlertListFilter filter, string sort, bool desc, PageCursor? at, int take)
    {
        var org = db.OrgId ?? throw new InvalidOperationException("The alert queue needs an org-scoped context.");
        var sqlite = db.Provider == StorageProvider.Sqlite;
        var sql = new StringBuilder(Columns, 1024);
        Add(command, "@org", GuidValue(org, sqlite));
        if (filter.Levels is { } levels)
        {
            InList(sql, command, "Level", "@l", levels.Select(l => (int)l));
        }
        if (filter.Statuses is { } statuses)
        {
            InList(sql, command, "Status", "@st", statuses.Select(s => (int)s));
        }
        var find = sqlite ? "instr" : "strpos";
        if (filter.Detector is { } detector)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND {find}(',' || a.\"DetectorIds\" || ',', @det) > 0");
            Add(command, "@det", "," + detector + ",");
        }
        if (filter.Indicator is { } indicator)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND {find}(',' || a.\"IndicatorIds\" || ',', @ind) > 0");
            Add(command, "@ind", "," + indicator + ",");
        }
        if (filter.CreatedSince is { } since)
        {
            sql.Append(" AND a.\"CreatedAt\" >= @since");
            Add(command, "@since", InstantValue(since, sqlite));
        }
        if (filter.CreatedBefore is { } before)
        {
            sql.Append(" AND a.\"CreatedAt\" <= @before");
            Add(command, "@before", InstantValue(before, sqlite));
        }
        if (filter.Assignee is { } who)
        {
            if (who == "-")
            {
                sql.Append(" AND a.\"Assignee\" IS NULL");
            }
            else
            {
                sql.Append(" AND a.\"Assignee\" = @who");
                Add(command, "@who", who);
            }
        }
        var column = sort switch { "score" => "\"Score\"", "created" => "\"CreatedAt\"", _ => "\"UpdatedAt\"" };
        if (at is not null)
        {
            // The redundant bound on the sort key alone lets the (org, key, id) index seek to the cursor.
            var (le, lt) = desc ? ("<=", "<") : (">=", ">");
            sql.Append(CultureInfo.InvariantCulture, $" AND a.{column} {le} @key AND (a.{column} {lt} @key OR a.\"Id\" {lt} @id)");
            object key = sort == "score"
                ? BitConverter.Int64BitsToDouble(at.SortKey)
                : InstantValue(new DateTimeOffset(at.SortKey, TimeSpan.Zero), sqlite);
            Add(command, "@key", key);
            Add(command, "@id", GuidValue(at.Id, sqlite));
        }
        var direction = desc ? "DESC" : "ASC";
        sql.Append(CultureInfo.InvariantCulture, $" ORDER BY a.{column} {direction}, a.\"Id\" {direction} LIMIT @take");
        Add(command, "@take", take);
        command.CommandText = sql.ToString();
    }

    private static void InList(StringBuilder sql, DbCommand command, string column, string prefix, IEnumerable<int> values)
    {
        sql.Append(CultureInfo.InvariantCulture, $" AND a.\"{column}\" IN (");
        var i = 0;
        foreach (var v in values)
        {
            var name = prefix + i.ToString(CultureInfo.InvariantCulture);
            sql.Append(i == 0 ? "" : ", ").Append(name);
            Add(command, name, v);
            i++;
        }
        sql.Append(i == 0 ? "NULL)" : ")");
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }

    /// <summary>EF's SQLite provider stores GUIDs as upper-case text; Microsoft.Data.Sqlite would bind a Guid as a blob.</summary>
    private static object GuidValue(Guid id, bool sqlite) => sqlite ? id.ToString("D").ToUpperInvariant() : id;

    private static object InstantValue(DateTimeOffset t, bool sqlite) => sqlite ? t.UtcTicks : t.ToUniversalTime();

    private static DateTimeOffset ReadInstant(DbDataReader reader, int ordinal, bool sqlite) => sqlite
        ? new DateTimeOffset(reader.GetInt64(ordinal), TimeSpan.Zero)
        : reader.GetFieldValue<DateTimeOffset>(ordinal).ToUniversalTime();
}
