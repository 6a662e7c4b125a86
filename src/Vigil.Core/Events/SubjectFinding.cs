using Vigil.Core.Detection;

namespace Vigil.Core.Events;

/// <summary>A monitoring detector's finding about one subject (or one unmatched login).</summary>
/// <param name="SubjectKey">What the detector grouped by (<see cref="WorkerProfile.Key"/> or a login).</param>
/// <param name="SubjectId">The matched subject, or null for a login no worker has.</param>
/// <param name="Finding">The finding, carrying its indicator id and evidence.</param>
public sealed record SubjectFinding(string SubjectKey, Guid? SubjectId, Finding Finding);
