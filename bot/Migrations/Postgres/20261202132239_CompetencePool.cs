using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NrwBot.Host.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CompetencePool : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "competence_profiles",
                columns: table => new
                {
                    UserKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PublicId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Region = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TopicIds = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Tags = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Methods = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Languages = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Offers = table.Column<int>(type: "integer", nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    ConfirmedAt = table.Column<long>(type: "bigint", nullable: false),
                    RenewalAskedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_competence_profiles", x => x.UserKey);
                });

            migrationBuilder.CreateIndex(
                name: "IX_competence_profiles_ConfirmedAt",
                table: "competence_profiles",
                column: "ConfirmedAt");

            migrationBuilder.CreateIndex(
                name: "IX_competence_profiles_PublicId",
                table: "competence_profiles",
                column: "PublicId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "competence_profiles");
        }
    }
}
