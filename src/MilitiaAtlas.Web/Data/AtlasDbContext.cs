using Microsoft.EntityFrameworkCore;

namespace MilitiaAtlas.Web.Data;

/// <summary>The write model. The schema itself is defined by the hand-written migrations in Data/Migrations.</summary>
public sealed class AtlasDbContext(DbContextOptions<AtlasDbContext> options) : DbContext(options)
{
    public DbSet<SourceRow> Sources => Set<SourceRow>();
    public DbSet<PassageRow> Passages => Set<PassageRow>();
    public DbSet<PassageShingleRow> PassageShingles => Set<PassageShingleRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SourceRow>(e =>
        {
            e.ToTable("Sources");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.FileKey).IsUnique();
            e.HasIndex(x => x.Num).IsUnique();
            e.HasMany(x => x.Passages).WithOne().HasForeignKey(x => x.SourceNum).HasPrincipalKey(x => x.Num).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PassageRow>(e =>
        {
            e.ToTable("Passages");
            e.HasKey(x => new { x.SourceNum, x.Ordinal });
        });
        modelBuilder.Entity<PassageShingleRow>(e =>
        {
            e.ToTable("PassageShingles");
            e.HasKey(x => new { x.Hash, x.SourceNum, x.PassageOrdinal });
        });
    }
}
