using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NrwBot.Host.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PoolNetworkMaterialsDeskDrafts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Confidential",
                table: "support_requests",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "FeedbackComment",
                table: "questions",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BaseVersion",
                table: "knowledge_drafts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Content",
                table: "knowledge_drafts",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "knowledge_drafts",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "phrasing");

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

            migrationBuilder.CreateTable(
                name: "lks_absences",
                columns: table => new
                {
                    MemberKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MemberName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Until = table.Column<DateOnly>(type: "date", nullable: false),
                    SubstituteKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SubstituteName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SetByKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SetAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lks_absences", x => x.MemberKey);
                });

            migrationBuilder.CreateTable(
                name: "materials",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OwnerKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SourceKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Topics = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Tags = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Region = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Link = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Visibility = table.Column<int>(type: "integer", nullable: false),
                    Withdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    SharedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    LinkCheckedAt = table.Column<long>(type: "bigint", nullable: true),
                    LinkFailingSince = table.Column<long>(type: "bigint", nullable: true),
                    LinkFlaggedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_materials", x => x.Id);
                });

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
                name: "request_reminders",
                columns: table => new
                {
                    RequestId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SentAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_request_reminders", x => new { x.RequestId, x.Kind });
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
                name: "IX_competence_profiles_ConfirmedAt",
                table: "competence_profiles",
                column: "ConfirmedAt");

            migrationBuilder.CreateIndex(
                name: "IX_competence_profiles_PublicId",
                table: "competence_profiles",
                column: "PublicId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lks_absences_SubstituteKey",
                table: "lks_absences",
                column: "SubstituteKey");

            migrationBuilder.CreateIndex(
                name: "IX_materials_OwnerKey",
                table: "materials",
                column: "OwnerKey");

            migrationBuilder.CreateIndex(
                name: "IX_materials_SharedAt",
                table: "materials",
                column: "SharedAt");

            migrationBuilder.CreateIndex(
                name: "IX_materials_SourceKey",
                table: "materials",
                column: "SourceKey",
                unique: true);

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
                name: "competence_profiles");

            migrationBuilder.DropTable(
                name: "lks_absences");

            migrationBuilder.DropTable(
                name: "materials");

            migrationBuilder.DropTable(
                name: "network_answers");

            migrationBuilder.DropTable(
                name: "network_opt_ins");

            migrationBuilder.DropTable(
                name: "request_reminders");

            migrationBuilder.DropTable(
                name: "network_questions");

            migrationBuilder.DropColumn(
                name: "Confidential",
                table: "support_requests");

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
