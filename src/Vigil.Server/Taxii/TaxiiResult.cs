using Vigil.Sharing.Taxii;

namespace Vigil.Server.Taxii;

/// <summary>A TAXII response: a UTF-8 JSON body with the TAXII 2.1 media type and any status code.</summary>
internal sealed class TaxiiResult(byte[] body, int statusCode) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = TaxiiMediaTypes.Taxii21;
        httpContext.Response.ContentLength = body.Length;
        await httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted);
    }
}
