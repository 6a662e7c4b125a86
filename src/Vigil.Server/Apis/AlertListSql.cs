using System.Data.Common;
using System.Globalization;
using System.Text;
using Vigil.Core.Cases;
using Vigil.Core.Scoring;
using Vigil.Server.Paging;

namespace Vigil.Server.Apis;

/// <summary>The alert queue's page query in plain ADO.NET (run by <see cref="AlertListReader"/>). EF's query pipeline and
/// materializer cost about ten times the SQL itself for a 51-row page; this is the hottest read of the dashboard.</summary>
/// <remarks>Org-scoped by construction: <see cref="Build"/> is the only place the SQL is written and it always starts
/// with <c>a."OrgId" = @org</c> (and joins subjects of the same org), the org being the authenticated caller's.
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

    /// <summary>Reads every row of an executed page query (columns in the order of <see cref="Columns"/>).</summary>
    public static List<AlertListRow> ReadRows(DbDataReader reader, bool sqlite, int take)
    {
        var rows = new List<AlertListRow>(take);
        while (reader.Read())
        {
            rows.Add(ReadRow(reader, sqlite));
        }
        return rows;
    }

    /// <summary>The asynchronous form, for providers whose reads do I/O (PostgreSQL).</summary>
    public static async Task<List<AlertListRow>> ReadRowsAsync(DbDataReader reader, bool sqlite, int take, CancellationToken ct)
    {
        var rows = new List<AlertListRow>(take);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(ReadRow(reader, sqlite));
        }
        return rows;
    }

    private static AlertListRow ReadRow(DbDataReader reader, bool sqlite) => new()
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
    };

    /// <summary>Writes the parameterized SELECT: org term first, then the filter, the keyset bound and the order.</summary>
    /// <remarks>The same filter shape always gives the same text with the same parameter names (only values differ), so
    /// a caller may keep one prepared statement per text.</remarks>
    public static string Build(List<KeyValuePair<string, object>> parameters, Guid org, bool sqlite, AlertListFilter filter, string sort, bool desc,
        PageCursor? at, int take)
    {
        if (org == Guid.Empty)
        {
            throw new ArgumentException("The alert queue needs the caller's organization.", nameof(org));
        }
        var sql = new StringBuilder(Columns, 1024);
        Add(parameters, "@org", GuidValue(org, sqlite));
        if (filter.Levels is { } levels)
        {
            InList(sql, parameters, "Level", "@l", levels.Select(l => (int)l));
        }
        if (filter.Statuses is { } statuses)
        {
            InList(sql, parameters, "Status", "@st", statuses.Select(s => (int)s));
        }
        var find = sqlite ? "instr" : "strpos";
        if (filter.Detector is { } detector)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND {find}(',' || a.\"DetectorIds\" || ',', @det) > 0");
            Add(parameters, "@det", "," + detector + ",");
        }
        if (filter.Indicator is { } indicator)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND {find}(',' || a.\"IndicatorIds\" || ',', @ind) > 0");
            Add(parameters, "@ind", "," + indicator + ",");
        }
        if (filter.CreatedSince is { } since)
        {
            sql.Append(" AND a.\"CreatedAt\" >= @since");
            Add(parameters, "@since", InstantValue(since, sqlite));
        }
        if (filter.CreatedBefore is { } before)
        {
            sql.Append(" AND a.\"CreatedAt\" <= @before");
            Add(parameters, "@before", InstantValue(before, sqlite));
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
                Add(parameters, "@who", who);
            }
        }
        var column = sort switch { "score" => "\"Score\"", "created" => "\"CreatedAt\"", _ => "\"UpdatedAt\"" };
        if (at is not null)
        {
            // A row-value bound: both SQLite and PostgreSQL seek the (org, key, id) index straight to the cursor, where
            // "key <= @key AND (key < @key OR id < @id)" sought to the key and then stepped over every tie before it.
            var lt = desc ? "<" : ">";
            sql.Append(CultureInfo.InvariantCulture, $" AND (a.{column}, a.\"Id\") {lt} (@key, @id)");
            object key = sort == "score"
                ? BitConverter.Int64BitsToDouble(at.SortKey)
                : InstantValue(new DateTimeOffset(at.SortKey, TimeSpan.Zero), sqlite);
            Add(parameters, "@key", key);
            Add(parameters, "@id", GuidValue(at.Id, sqlite));
        }
        var direction = desc ? "DESC" : "ASC";
        sql.Append(CultureInfo.InvariantCulture, $" ORDER BY a.{column} {direction}, a.\"Id\" {direction} LIMIT @take");
        Add(parameters, "@take", take);
        return sql.ToString();
    }

    private static void InList(StringBuilder sql, List<KeyValuePair<string, object>> parameters, string column, string prefix, IEnumerable<int> values)
    {
        sql.Append(CultureInfo.InvariantCulture, $" AND a.\"{column}\" IN (");
        var i = 0;
        foreach (var v in values)
        {
            var name = prefix + i.ToString(CultureInfo.InvariantCulture);
            sql.Append(i == 0 ? "" : ", ").Append(name);
            Add(parameters, name, v);
            i++;
        }
        sql.Append(i == 0 ? "NULL)" : ")");
    }

    private static void Add(List<KeyValuePair<string, object>> parameters, string name, object value) => parameters.Add(new(name, value));

    /// <summary>EF's SQLite provider stores GUIDs as upper-case text; Microsoft.Data.Sqlite would bind a Guid as a blob.</summary>
    private static object GuidValue(Guid id, bool sqlite) => sqlite ? id.ToString("D").ToUpperInvariant() : id;

    private static object InstantValue(DateTimeOffset t, bool sqlite) => sqlite ? t.UtcTicks : t.ToUniversalTime();

    private static DateTimeOffset ReadInstant(DbDataReader reader, int ordinal, bool sqlite) => sqlite
        ? new DateTimeOffset(reader.GetInt64(ordinal), TimeSpan.Zero)
        : reader.GetFieldValue<DateTimeOffset>(ordinal).ToUniversalTime();
}
