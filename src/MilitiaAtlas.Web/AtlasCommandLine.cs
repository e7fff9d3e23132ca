namespace MilitiaAtlas.Web;

/// <summary>
/// The verbs of the command line. Atlas options (--db, --max-bytes) become configuration keys; --out and --format are
/// the verbs' own; any other --option is handed to the web host unchanged (for example --urls).
/// </summary>
public sealed record AtlasCommandLine(string Verb, IReadOnlyList<string> Paths, string? Out, string[] HostArgs, string? Error)
{
    /// <summary>The export formats: export-format v1 JSON (the default), CSV tables, FollowTheMoney JSON lines.</summary>
    public static readonly IReadOnlyList<string> Formats = ["json", "csv", "ftm"];

    /// <summary>What <c>export</c> writes: one of <see cref="Formats"/>.</summary>
    public string Format { get; init; } = "json";

    /// <summary>The role <c>users add</c> gives: reader, editor or admin (<c>--reader</c>, <c>--editor</c>, <c>--admin</c>).</summary>
    public string? Role { get; init; }

    public const string Usage = """
        usage:
          MilitiaAtlas.Web [--db FILE] [--urls URL]           serve the atlas (default)
          MilitiaAtlas.Web ingest PATH... [--db FILE] [--follow-links]
                                                              ingest article files or folders (recursive)
          MilitiaAtlas.Web export [--db FILE] [--format json|ftm] [--out FILE]
                                                              write the atlas as export-format v1 JSON (default) or as
                                                              FollowTheMoney entities, one JSON object a line (ftm)
          MilitiaAtlas.Web export --format csv --out DIR [--db FILE]
                                                              write entities, relations, events, claims and sources as
                                                              CSV files in DIR
          MilitiaAtlas.Web backup [--db FILE] --out FILE      copy the database safely, even while the site serves
          MilitiaAtlas.Web users add NAME --admin|--editor|--reader [--db FILE]
                                                              add an account; the password is read from the environment
                                                              variable ATLAS_USER_PASSWORD, else from standard input
          MilitiaAtlas.Web users list [--db FILE]             list the accounts with their roles and lock-outs
          MilitiaAtlas.Web curation export [--db FILE] [--out FILE]
                                                              write the curation records as a curation file (YAML)
          MilitiaAtlas.Web curation import FILE [--db FILE] [--by NAME]
                                                              add a curation file's operations as records, applied at once
        options:
          --db FILE         the SQLite database (default data/atlas.db)
          --max-bytes N     refuse article files larger than N bytes (default 10485760)
          --follow-links    follow symbolic links wherever they lead; by default a link is followed only when
                            its target is inside a folder given to ingest. Unsafe on folders you did not make.
        """;

    private static readonly HashSet<string> Verbs = ["serve", "ingest", "export", "backup", "users", "curation", "help"];

    /// <summary>What <c>curation import</c> records as the author of entries that do not name one (<c>--by</c>).</summary>
    public string By { get; init; } = "import";

    public static AtlasCommandLine Parse(string[] args)
    {
        var verb = "serve";
        var i = 0;
        if (args.Length > 0 && Verbs.Contains(args[0]))
        {
            verb = args[0];
            i = 1;
        }
        else if (args.Length > 0 && args[0] is "--help" or "-h")
        {
            return new AtlasCommandLine("help", [], null, [], null);
        }

        var paths = new List<string>();
        var host = new List<string>();
        string? output = null;
        string? role = null;
        var format = "json";
        var by = "import";
        for (; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (verb is not ("ingest" or "users" or "curation"))
                {
                    return Fail(verb, $"unexpected argument '{arg}'");
                }

                paths.Add(arg);
                continue;
            }

            var eq = arg.IndexOf('=');
            var name = eq > 0 ? arg[..eq] : arg;
            string? value = eq > 0 ? arg[(eq + 1)..] : null;
            var isSwitch = name is "--follow-links" or "--help" or "--admin" or "--editor" or "--reader";
            if (value is null && !isSwitch && i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = args[++i];
            }

            switch (name)
            {
                case "--db":
                    if (string.IsNullOrWhiteSpace(value))
                    {
                        return Fail(verb, "--db needs a file name");
                    }

                    host.Add("--Atlas:Database=" + value);
                    break;
                case "--out":
                    output = value;
                    break;
                case "--by" when verb == "curation":
                    if (string.IsNullOrWhiteSpace(value))
                    {
                        return Fail(verb, "--by needs a name");
                    }

                    by = value;
                    break;
                case "--format" when verb == "export":
                    if (value is null || !Formats.Contains(value))
                    {
                        return Fail(verb, "--format must be json, csv or ftm");
                    }

                    format = value;
                    break;
                case "--max-bytes":
                    if (!long.TryParse(value, out var max) || max <= 0)
                    {
                        return Fail(verb, "--max-bytes needs a positive number");
                    }

                    host.Add("--Atlas:MaxFileBytes=" + max);
                    break;
                case "--follow-links":
                    if (value is not null)
                    {
                        return Fail(verb, "--follow-links takes no value");
                    }

                    host.Add("--Atlas:FollowLinks=true");
                    break;
                case "--admin" or "--editor" or "--reader" when verb == "users":
                    if (role is not null)
                    {
                        return Fail(verb, "give one role: --admin, --editor or --reader");
                    }

                    role = name[2..];
                    break;
                case "--help":
                    return new AtlasCommandLine("help", [], null, [], null);
                default:
                    host.Add(value is null ? name + "=true" : name + "=" + value);
                    break;
            }
        }

        if (verb == "ingest" && paths.Count == 0)
        {
            return Fail(verb, "ingest needs at least one file or folder");
        }

        if (verb == "backup" && string.IsNullOrWhiteSpace(output))
        {
            return Fail(verb, "backup needs --out FILE");
        }

        if (verb == "export" && format == "csv" && string.IsNullOrWhiteSpace(output))
        {
            return Fail(verb, "export --format csv needs --out DIR (one file per table)");
        }

        if (verb == "users" && UsersError(paths, role) is { } usersError)
        {
            return Fail(verb, usersError);
        }

        if (verb == "curation" && !(paths is ["export"] || paths is ["import", _]))
        {
            return Fail(verb, "curation needs 'export' or 'import FILE'");
        }

        return new AtlasCommandLine(verb, paths, output, host.ToArray(), null) { Format = format, Role = role, By = by };
    }

    private static string? UsersError(List<string> words, string? role) => words switch
    {
        ["add", _] when role is null => "users add NAME needs a role: --admin, --editor or --reader",
        ["add", _] => null,
        ["list"] when role is null => null,
        ["list"] => "users list takes no role",
        _ => "users needs 'add NAME --admin|--editor|--reader' or 'list'",
    };

    private static AtlasCommandLine Fail(string verb, string error) => new(verb, [], null, [], error);
}
