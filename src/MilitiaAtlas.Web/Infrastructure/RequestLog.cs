using MilitiaAtlas.Atlas;
using Serilog;
using Serilog.Events;

namespace MilitiaAtlas.Web.Infrastructure;

/// <summary>
/// One structured log event per request (method, path, status, time), written by Serilog's request logging. The query
/// string is never logged (what people search for stays out of the logs), and the path is logged printable
/// (<see cref="LogText"/>), so that a %0A in it cannot forge a log line.
/// </summary>
public static class RequestLog
{
    public const string Template = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";

    public static IApplicationBuilder UseRequestLog(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(o =>
        {
            // The app's own logger, not the static Log.Logger, so that two hosts in one process (tests) keep their logs apart.
            o.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            o.MessageTemplate = Template;
            o.IncludeQueryInRequestPath = false;
            o.GetMessageTemplateProperties = (context, path, elapsedMs, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(LogText.Printable(context.Request.Method))),
                new LogEventProperty("RequestPath", new ScalarValue(LogText.Printable(path))),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsedMs)),
            ];
        });
}
