using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MilitiaAtlas.Atlas.Data.Migrations;

/// <summary>
/// VisibleEntities: the entities an analyst has not rejected (curation's <c>reject</c>). Every page, API answer and
/// export reads entities through it, so "a rejected entity is shown nowhere" is one rule in one place instead of a
/// <c>Rejected = 0</c> in each query. The write path (ingest, curation) still sees every entity. SQLite expands the
/// view into each query that uses it, so plans and indexes are those of the table. Down drops it.
/// </summary>
[DbContext(typeof(AtlasDbContext))]
[Migration("20261121000017_VisibleEntities")]
public sealed class VisibleEntities : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("CREATE VIEW VisibleEntities AS SELECT * FROM Entities WHERE Rejected = 0;");

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("DROP VIEW VisibleEntities;");
}
