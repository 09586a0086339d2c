using System.Collections.Concurrent;
using System.IdentityModel.Tokens.Jwt;
using System.Reflection;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Newtonsoft.Json.Linq;

namespace NrwBot.Tests.Security;

/// <summary>
/// A stand-in for the Bot Framework's token service on 127.0.0.1: OpenID metadata and a JWKS whose key is
/// endorsed for msteams, and tokens signed with that key (or, to attack, with another one).
/// </summary>
public sealed class LocalOpenIdIssuer : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.test";
    public const string KeyId = "nrwbot-test-key";

    private readonly RSA _key = RSA.Create(2048);
    private readonly WebApplication _app;

    private LocalOpenIdIssuer(WebApplication app, string baseUrl)
    {
        _app = app;
        MetadataUrl = baseUrl + "/.well-known/openidconfiguration";
    }

    public string MetadataUrl { get; }

    public static async Task<LocalOpenIdIssuer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        LocalOpenIdIssuer? issuer = null;
        app.MapGet("/.well-known/openidconfiguration", (HttpContext context) => Results.Text(new JObject
        {
            ["issuer"] = Issuer,
            ["jwks_uri"] = $"{context.Request.Scheme}://{context.Request.Host}/keys",
            ["id_token_signing_alg_values_supported"] = new JArray("RS256"),
        }.ToString(), "application/json"));
        app.MapGet("/keys", () => Results.Text(issuer!.Keys().ToString(), "application/json"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        issuer = new LocalOpenIdIssuer(app, address);
        AllowPlainHttp(issuer.MetadataUrl);
        return issuer;
    }

    /// <summary>
    /// The SDK fetches the metadata through IdentityModel's HttpDocumentRetriever, which insists on HTTPS, and its
    /// HttpClient cannot be given a test certificate. Its per-URL cache of configuration managers is seeded with one
    /// that allows http for this loopback URL only; fetching, parsing and validating stay the SDK's own.
    /// </summary>
    public static void AllowPlainHttp(string metadataUrl)
    {
        var field = typeof(JwtTokenExtractor).GetField("_openIdMetadataCache", BindingFlags.NonPublic | BindingFlags.Static)!;
        var cache = (ConcurrentDictionary<string, ConfigurationManager<OpenIdConnectConfiguration>>)field.GetValue(null)!;
        cache[metadataUrl] = new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever { RequireHttps = false });
    }

    public string Token(string audience, string serviceUrl, string? issuer = null, DateTime? expires = null, RSA? signWith = null, string keyId = KeyId)
    {
        var key = new RsaSecurityKey(signWith ?? _key) { KeyId = keyId };
        var notBefore = (expires ?? DateTime.UtcNow.AddHours(1)).AddHours(-2);
        var token = new JwtSecurityToken(issuer ?? Issuer, audience, [new Claim("serviceurl", serviceUrl)], notBefore, expires ?? DateTime.UtcNow.AddHours(1),
            new SigningCredentials(key, SecurityAlgorithms.RsaSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    /// <summary>The same claims, unsigned: {"alg":"none"}.</summary>
    public static string UnsignedToken(string audience, string serviceUrl)
    {
        var token = new JwtSecurityToken(new JwtHeader(), new JwtPayload(Issuer, audience, [new Claim("serviceurl", serviceUrl)], DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddHours(1)));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    private JObject Keys()
    {
        var parameters = _key.ExportParameters(false);
        return new JObject
        {
            ["keys"] = new JArray(new JObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                ["endorsements"] = new JArray("msteams"),
            }),
        };
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _key.Dispose();
    }
}
