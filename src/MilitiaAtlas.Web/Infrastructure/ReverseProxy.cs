using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace MilitiaAtlas.Web.Infrastructure;

/// <summary>
/// Which peers may say who the client is (docs/reliability.md, "Deployment behind a reverse proxy"). A request
/// from one of them has its <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> applied, so that the rate limit
/// counts the real client; from any other peer those headers are ignored.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "Atlas:ForwardedHeaders";

    /// <summary>Off: forwarded headers are ignored from every peer.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Proxy addresses (<c>10.0.0.5</c>, <c>::1</c>). With <see cref="KnownNetworks"/> empty too: loopback only.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR form (<c>10.0.0.0/8</c>). Either list, once set, replaces the loopback default.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    internal bool IsValid() =>
        KnownProxies.All(p => IPAddress.TryParse(p, out _)) && KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _));
}

public static class ReverseProxy
{
    public static IServiceCollection AddReverseProxy(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersSettings>().BindConfiguration(ForwardedHeadersSettings.Section)
            .Validate(s => s.IsValid(), "Atlas:ForwardedHeaders: KnownProxies must be IP addresses and KnownNetworks CIDR networks (10.0.0.0/8)")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardedHeadersSettings>>((o, settings) =>
        {
            var s = settings.Value;
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (s.KnownProxies.Count == 0 && s.KnownNetworks.Count == 0)
            {
                return; // The framework's defaults: 127.0.0.0/8 and ::1.
            }

            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var p in s.KnownProxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(p));
            }

            foreach (var n in s.KnownNetworks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(n));
            }
        });
        return services;
    }

    /// <summary>First in the pipeline, so that everything after it sees the client's address.</summary>
    public static IApplicationBuilder UseReverseProxy(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<IOptions<ForwardedHeadersSettings>>().Value.Enabled
            ? app.UseForwardedHeaders()
            : app;
}
