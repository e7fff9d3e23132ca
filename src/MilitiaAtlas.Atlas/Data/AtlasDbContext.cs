using Microsoft.EntityFrameworkCore;

namespace MilitiaAtlas.Atlas.Data;

/// <summary>
/// What EF Core's migrator needs to find and apply the hand-written migrations in Data/Migrations, and nothing more:
/// it maps no tables. Writes go through the writer's prepared statements (<see cref="WriteSession"/>, decision 005),
/// reads through Dapper with the SQL beside each query class (decision 002).
/// </summary>
public sealed class AtlasDbContext(DbContextOptions<AtlasDbContext> options) : DbContext(options);
