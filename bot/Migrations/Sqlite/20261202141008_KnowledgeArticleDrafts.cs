using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NrwBot.Host.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KnowledgeArticleDrafts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FeedbackComment",
                table: "questions",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BaseVersion",
                table: "knowledge_drafts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Content",
                table: "knowledge_drafts",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "knowledge_drafts",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "phrasing");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FeedbackComment",
                table: "questions");

            migrationBuilder.DropColumn(
                name: "BaseVersion",
                table: "knowledge_drafts");

            migrationBuilder.DropColumn(
                name: "Content",
                table: "knowledge_drafts");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "knowledge_drafts");
        }
    }
}
