using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NrwBot.Host.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddNetworkQuestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "network_opt_ins",
                columns: table => new
                {
                    UserKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_network_opt_ins", x => x.UserKey);
                });

            migrationBuilder.CreateTable(
                name: "network_questions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AskerKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AskerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Regierungsbezirk = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Text = table.Column<string>(type: "text", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    ClosedAt = table.Column<long>(type: "bigint", nullable: true),
                    ModerationReason = table.Column<string>(type: "text", nullable: true),
                    SourceKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CardActivityId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    BatchId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    EscalationOfferedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_network_questions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "network_answers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    QuestionId = table.Column<long>(type: "bigint", nullable: false),
                    AuthorKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    Helpful = table.Column<bool>(type: "boolean", nullable: false),
                    Hidden = table.Column<bool>(type: "boolean", nullable: false),
                    ModerationReason = table.Column<string>(type: "text", nullable: true),
                    SourceKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_network_answers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_network_answers_network_questions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "network_questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_network_answers_AuthorKey",
                table: "network_answers",
                column: "AuthorKey");

            migrationBuilder.CreateIndex(
                name: "IX_network_answers_QuestionId",
                table: "network_answers",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_network_answers_SourceKey",
                table: "network_answers",
                column: "SourceKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_network_questions_AskerKey",
                table: "network_questions",
                column: "AskerKey");

            migrationBuilder.CreateIndex(
                name: "IX_network_questions_CardActivityId",
                table: "network_questions",
                column: "CardActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_network_questions_SourceKey",
                table: "network_questions",
                column: "SourceKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_network_questions_State_CreatedAt",
                table: "network_questions",
                columns: new[] { "State", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "network_answers");

            migrationBuilder.DropTable(
                name: "network_opt_ins");

            migrationBuilder.DropTable(
                name: "network_questions");
        }
    }
}
