namespace MilitiaAtlas.Web.Infrastructure;

/// <summary>The site's roles and the authorization policies that name them (docs/security.md).</summary>
public static class Roles
{
    public const string Reader = "reader";
    public const string Editor = "editor";
    public const string Admin = "admin";

    /// <summary>Adding sources and curating: editors and admins.</summary>
    public const string EditPolicy = "edit";

    /// <summary>Managing users: admins.</summary>
    public const string AdminPolicy = "admin";
}
