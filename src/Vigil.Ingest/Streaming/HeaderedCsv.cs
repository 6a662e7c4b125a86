using Vigil.Ingest.Common;

namespace Vigil.Ingest.Streaming;

/// <summary>
/// A CSV file with a header row, read with <see cref="CsvRecordReader"/>: columns found by name
/// (case-insensitive, any order), a missing required column reported once for the file, short or long rows
/// reported with their line.
/// </summary>
public static class HeaderedCsv
{
    /// <summary>A data row: field values by column name, or the error that made it unusable.</summary>
    public readonly record struct Row(long Line, IReadOnlyDictionary<string, int>? Columns, string[] Fields, IngestError? Error)
    {
        public string? this[string column] =>
            Columns is not null && Columns.TryGetValue(column, out var i) && i < Fields.Length && Fields[i].Trim() is { Length: > 0 } v ? v : null;
    }

    /// <summary>Reads every row and turns it into a record with <paramref name="parseRow"/>, counting records,
    /// parsed rows and errors in <paramref name="counters"/>. Bad rows come back as failed results; reading goes on.</summary>
    public static IEnumerable<IngestResult<T>> Parse<T>(TextReader reader, string file, IReadOnlyList<string> required, IngestLimits? limits,
        ParseCounters counters, Func<Row, string, IngestResult<T>> parseRow)
        where T : class
    {
        foreach (var row in Read(reader, file, required, limits))
        {
            counters.Records++;
            var result = parseRow(row, file);
            counters.Count(result.IsSuccess);
            yield return result;
        }
    }

    public static IEnumerable<Row> Read(TextReader reader, string file, IReadOnlyList<string> required, IngestLimits? limits = null)
    {
        Dictionary<string, int>? columns = null;
        foreach (var row in CsvRecordReader.Read(reader, file, limits))
        {
            if (row.Error is not null)
            {
                yield return new Row(row.Line, null, [], row.Error);
                continue;
            }
            if (columns is null)
            {
                columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i < row.Fields.Length; i++)
                {
                    if (!columns.TryAdd(row.Fields[i].Trim(), i))
                    {
                        yield return new Row(row.Line, null, [], new IngestError(file, row.Line, row.Fields[i], IngestErrorMessages.DuplicateHeader(row.Fields[i])));
                    }
                }
                foreach (var name in required)
                {
                    if (!columns.ContainsKey(name))
                    {
                        yield return new Row(row.Line, null, [], new IngestError(file, row.Line, null, IngestErrorMessages.MissingHeader(name)));
                        yield break;
                    }
                }
                continue;
            }
            if (row.Fields.Length != columns.Count)
            {
                yield return new Row(row.Line, null, [], new IngestError(file, row.Line, null, IngestErrorMessages.ColumnCount(columns.Count, row.Fields.Length)));
                continue;
            }
            yield return new Row(row.Line, columns, row.Fields, null);
        }
        if (columns is null)
        {
            yield return new Row(0, null, [], new IngestError(file, 0, null, IngestErrorMessages.EmptyFile));
        }
    }
}
