using NrwBot.Dialogs.Routing;

namespace NrwBot.Dialogs.Digest;

/// <summary>Adds "Digest …" to the route table; before the contacts' patterns, which would read "Digest Kreis Düren" as a place.</summary>
public static class DigestRoutes
{
    public static RouteTable AddDigest(this RouteTable routes, DigestFeature digest) => routes.Pattern(DigestFeature.Pattern, digest.ShowAsync);
}
