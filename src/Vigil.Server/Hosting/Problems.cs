using Microsoft.AspNetCore.Http.HttpResults;

namespace Vigil.Server.Hosting;

/// <summary>RFC 9457 problem details for the errors endpoints return; one place for titles and types.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(title: "Not found", detail: $"No {what} with that id in your organization.", statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(title: "Invalid request", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(title: "Conflict", detail: detail, statusCode: StatusCodes.Status409Conflict);

    public static ProblemHttpResult PreconditionFailed(string detail) =>
        TypedResults.Problem(title: "Stale version", detail: detail, statusCode: StatusCodes.Status412PreconditionFailed);

    public static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(title: "Unauthorized", detail: detail, statusCode: StatusCodes.Status401Unauthorized);

    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
