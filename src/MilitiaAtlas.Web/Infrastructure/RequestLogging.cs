using System.Diagnostics;
using MilitiaAtlas.Atlas;

namespace MilitiaAtlas.Web.Infrastructure;

/// <summary>
/// One structured log line per request (method, path, status, time). Query strings are not logged; a path
/// is logged printable (<see cref="LogText"/>), so that a %0A in it cannot forge a log line.
/// </summary>
public sealed class RequestLogging(RequestDelegate next, ILogger<RequestLogging> log)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            log.LogInformation("HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms",
                context.Request.Method, LogText.Printable(context.Request.Path.Value), context.Response.StatusCode,
                Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }
}
