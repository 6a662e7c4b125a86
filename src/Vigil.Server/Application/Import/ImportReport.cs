using Vigil.Ingest.Common;
using Vigil.Storage;

namespace Vigil.Server.Application.Import;

/// <summary>What an applicant import did: counts, and each rejected row with file, line and field.</summary>
/// <param name="Errors">The first <see cref="ApplicantImporter.MaxReportedErrors"/> errors; <see cref="Rejected"/> counts all.</param>
public sealed record ImportReport(string File, int Read, int Rejected, SubjectImportResult Subjects, int EventsAdded, IReadOnlyList<IngestError> Errors);
