using NrwBot.Dialogs.Lks;
using NrwBot.Dialogs.Routing;

namespace NrwBot.Dialogs.Digest;

/// <summary>Adds "Digest …" to the route table: an LKS command (behind <see cref="LksGuard"/>), so it outranks the
/// contacts' topic patterns, which would read "Digest Kreis Düren" as a place.</summary>
public static class DigestRoutes
{
    public static RouteTable AddDigest(this RouteTable routes, DigestFeature digest, LksGuard lks) =>
        routes.Group(lks.RefusingWith(DigestFeature.Refuse)).Pattern(DigestFeature.Pattern, digest.ShowAsync, RouteRank.Command).Table;
}
