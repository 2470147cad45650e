using System.Net;

namespace Bowsprit.GitHub.Client;

/// <summary>A successful response body with what revalidation and paging need.</summary>
internal sealed record CachedResponse(HttpStatusCode Status, byte[] Body, string? Links, string? ETag);
