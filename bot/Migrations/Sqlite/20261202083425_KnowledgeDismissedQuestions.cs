using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NrwBot.Host.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KnowledgeDismissedQuestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "knowledge_dismissed_questions",
                columns: table => new
                {
                    FoldedText = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DismissedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DismissedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_knowledge_dismissed_questions", x => x.FoldedText);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "knowledge_dismissed_questions");
        }
    }
}
