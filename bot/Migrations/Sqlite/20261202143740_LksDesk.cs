using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NrwBot.Host.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LksDesk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Confidential",
                table: "support_requests",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "lks_absences",
                columns: table => new
                {
                    MemberKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MemberName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Until = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubstituteKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubstituteName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SetByKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SetAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lks_absences", x => x.MemberKey);
                });

            migrationBuilder.CreateTable(
                name: "request_reminders",
                columns: table => new
                {
                    RequestId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_request_reminders", x => new { x.RequestId, x.Kind });
                });

            migrationBuilder.CreateIndex(
                name: "IX_lks_absences_SubstituteKey",
                table: "lks_absences",
                column: "SubstituteKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "lks_absences");

            migrationBuilder.DropTable(
                name: "request_reminders");

            migrationBuilder.DropColumn(
                name: "Confidential",
                table: "support_requests");
        }
    }
}
