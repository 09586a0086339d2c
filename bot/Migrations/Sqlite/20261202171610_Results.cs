using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NrwBot.Host.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Results : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Region",
                table: "questions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "material_contacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MaterialId = table.Column<int>(type: "INTEGER", nullable: false),
                    ClickerKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContactedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_material_contacts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_material_contacts_ClickerKey",
                table: "material_contacts",
                column: "ClickerKey");

            migrationBuilder.CreateIndex(
                name: "IX_material_contacts_MaterialId_ClickerKey",
                table: "material_contacts",
                columns: new[] { "MaterialId", "ClickerKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "material_contacts");

            migrationBuilder.DropColumn(
                name: "Region",
                table: "questions");
        }
    }
}
