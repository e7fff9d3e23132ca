using MilitiaAtlas.Atlas.Data;
using MilitiaAtlas.Atlas.Export;
using MilitiaAtlas.Atlas;
using MilitiaAtlas.Atlas.Ingest;

namespace MilitiaAtlas.Web;

/// <summary>The ingest, export (JSON, CSV, FollowTheMoney), backup, users (UsersVerb) and curation verbs. Exit code 0 on success, 1 when any file failed, the backup was refused or failed, or an imported entry could not be applied.</summary>
public static class CliVerbs
{
    public static async Task<int> RunAsync(AtlasCommandLine command, IServiceProvider services)
    {
        var database = services.GetRequiredService<AtlasDatabase>();
        switch (command.Verb)
        {
            case "ingest":
                var report = services.GetRequiredService<Ingestor>().Ingest(command.Paths);
                foreach (var f in report.Files.Where(f => f.Status is IngestStatus.Failed or IngestStatus.Skipped))
                {
                    var label = f.Status == IngestStatus.Failed ? "error" : "skipped";
                    await Console.Error.WriteLineAsync($"{label}: {LogText.Printable(f.Path)}: {LogText.Printable(f.Error)}");
                }

                Console.WriteLine($"ingest into {database.FilePath}: {report.Summary}");
                return report.AnyFailed ? 1 : 0;
            case "export":
                return await ExportAsync(command, services, database);
            case "users":
                return await UsersVerb.RunAsync(command, services);
            case "backup":
                var target = Path.GetFullPath(command.Out!);
                try
                {
                    var pages = Backup.Run(database, target);
                    Console.WriteLine($"backed up {database.FilePath} to {target} ({pages} pages)");
                    return 0;
                }
                catch (BackupException ex)
                {
                    await Console.Error.WriteLineAsync($"error: backup: {LogText.Printable(ex.Message)}");
                    return 1;
                }
            case "curation":
                return await CurationAsync(command, database, services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AtlasOptions>>().Value);
            default:
                throw new InvalidOperationException("not a command-line verb: " + command.Verb);
        }
    }

    /// <summary><c>curation export</c>: the records as a curation file; <c>curation import FILE</c>: a curation file's entries as records.</summary>
    private static async Task<int> CurationAsync(AtlasCommandLine command, AtlasDatabase database, AtlasOptions options)
    {
        var records = new CurationRecords(database);
        if (command.Paths[0] == "export")
        {
            var yaml = records.Export();
            if (command.Out is null)
            {
                await Console.Out.WriteAsync(yaml);
                return 0;
            }

            var full = Path.GetFullPath(command.Out);
            await File.WriteAllTextAsync(full, yaml);
            Console.WriteLine($"exported {records.All().Count} curation records of {database.FilePath} to {full}");
            return 0;
        }

        var path = Path.GetFullPath(command.Paths[1]);
        var read = MilitiaAtlas.Atlas.Files.RegularFile.Read(path, options.MaxSidecarBytes, "Atlas:MaxSidecarBytes");
        var (file, problem) = CurationFiles.Load(read, options.Limits());
        if (file is null)
        {
            await Console.Error.WriteLineAsync($"error: {LogText.Printable(path)}: {LogText.Printable(problem)}");
            return 1;
        }

        var result = records.Import(file, command.By);
        foreach (var p in result.Problems)
        {
            await Console.Error.WriteLineAsync($"error: {LogText.Printable(path)}: {LogText.Printable(p)}");
        }

        Console.WriteLine($"imported {LogText.Printable(path)} into {database.FilePath}: {result.Added} records added, {result.AlreadyThere} already there, {result.Problems.Count} problems");
        return result.Problems.Count > 0 ? 1 : 0;
    }

    /// <summary>Writes the export in its format, to standard output or to a file (or, for CSV, a folder) replaced only when complete.</summary>
    private static async Task<int> ExportAsync(AtlasCommandLine command, IServiceProvider services, AtlasDatabase database)
    {
        var ct = CancellationToken.None;
        if (command.Format == "csv")
        {
            var folder = Path.GetFullPath(command.Out!);
            var files = await CsvExport.WriteFolderAsync(await AtlasTables.LoadAsync(database, ct), folder, ct);
            Console.WriteLine($"exported {database.FilePath} to {folder}: {string.Join(", ", files.Select(Path.GetFileName))}");
            return 0;
        }

        Func<Stream, Task> write = command.Format == "ftm"
            ? async s => await FtmExport.WriteAsync(await AtlasTables.LoadAsync(database, ct), s, ct)
            : s => services.GetRequiredService<ExportWriter>().WriteAsync(s, DateTimeOffset.UtcNow, ct);
        if (command.Out is null)
        {
            await using var stdout = Console.OpenStandardOutput();
            await write(stdout);
            return 0;
        }

        var full = Path.GetFullPath(command.Out);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".tmp";
        await using (var file = File.Create(temp))
        {
            await write(file);
        }

        File.Move(temp, full, overwrite: true);
        Console.WriteLine($"exported {database.FilePath} to {full}");
        return 0;
    }
}
