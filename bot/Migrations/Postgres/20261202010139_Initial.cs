using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NrwBot.Host.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "bot_state",
                columns: table => new
                {
                    Key = table.Column<string>(type: "text", nullable: false),
                    Document = table.Column<string>(type: "text", nullable: false),
                    ETag = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bot_state", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "conversations",
                columns: table => new
                {
                    Key = table.Column<string>(type: "text", nullable: false),
                    ChannelId = table.Column<string>(type: "text", nullable: false),
                    ConversationId = table.Column<string>(type: "text", nullable: false),
                    TeamId = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: true),
                    AadObjectId = table.Column<string>(type: "text", nullable: true),
                    Reference = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastFailureStatus = table.Column<int>(type: "integer", nullable: true),
                    LastFailureAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conversations", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "digest_deliveries",
                columns: table => new
                {
                    period_key = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    period_from = table.Column<DateOnly>(type: "date", nullable: false),
                    period_to = table.Column<DateOnly>(type: "date", nullable: false),
                    due_at = table.Column<long>(type: "bigint", nullable: false),
                    late = table.Column<bool>(type: "boolean", nullable: false),
                    state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<long>(type: "bigint", nullable: false),
                    lease_until = table.Column<long>(type: "bigint", nullable: true),
                    lease_owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    channel_sent = table.Column<bool>(type: "boolean", nullable: false),
                    mail_sent = table.Column<bool>(type: "boolean", nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    claimed_at = table.Column<long>(type: "bigint", nullable: false),
                    claimed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    sent_at = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_digest_deliveries", x => x.period_key);
                });

            migrationBuilder.CreateTable(
                name: "digest_schedule",
                columns: table => new
                {
                    name = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    started_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_digest_schedule", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "onboarding_peer_accounts",
                columns: table => new
                {
                    ContactId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UserKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LinkedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_onboarding_peer_accounts", x => x.ContactId);
                });

            migrationBuilder.CreateTable(
                name: "onboarding_progress",
                columns: table => new
                {
                    UserKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartedAt = table.Column<long>(type: "bigint", nullable: false),
                    LastProgressAt = table.Column<long>(type: "bigint", nullable: false),
                    FinishedAt = table.Column<long>(type: "bigint", nullable: true),
                    RemindersOff = table.Column<bool>(type: "boolean", nullable: false),
                    LastReminderAt = table.Column<long>(type: "bigint", nullable: true),
                    SharesProgress = table.Column<bool>(type: "boolean", nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Region = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IntroducedPeerId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_onboarding_progress", x => x.UserKey);
                });

            migrationBuilder.CreateTable(
                name: "questions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserKey = table.Column<string>(type: "text", nullable: false),
                    Question = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ArticleId = table.Column<string>(type: "text", nullable: true),
                    Decision = table.Column<string>(type: "text", nullable: false),
                    Confidence = table.Column<double>(type: "double precision", nullable: false),
                    AskedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FollowUpArticleId = table.Column<string>(type: "text", nullable: true),
                    Feedback = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_questions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "support_request_cards",
                columns: table => new
                {
                    RequestId = table.Column<long>(type: "bigint", nullable: false),
                    ConversationKey = table.Column<string>(type: "text", nullable: false),
                    ActivityId = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_request_cards", x => x.RequestId);
                });

            migrationBuilder.CreateTable(
                name: "support_request_links",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequestId = table.Column<long>(type: "bigint", nullable: false),
                    LinkedRequestId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_request_links", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "support_request_transitions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequestId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FromState = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ToState = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ActorKey = table.Column<string>(type: "text", nullable: true),
                    ActorName = table.Column<string>(type: "text", nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Comment = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_request_transitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "support_requests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    SourceKey = table.Column<string>(type: "text", nullable: true),
                    CategoryId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    RedactedDescription = table.Column<string>(type: "text", nullable: false),
                    Region = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Urgency = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PreferredDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Consent = table.Column<bool>(type: "boolean", nullable: false),
                    Language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    RequesterKey = table.Column<string>(type: "text", nullable: true),
                    RequesterName = table.Column<string>(type: "text", nullable: true),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AssigneeKey = table.Column<string>(type: "text", nullable: true),
                    AssigneeName = table.Column<string>(type: "text", nullable: true),
                    Answer = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "onboarding_steps_done",
                columns: table => new
                {
                    UserKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StepId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DoneAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_onboarding_steps_done", x => new { x.UserKey, x.StepId });
                    table.ForeignKey(
                        name: "FK_onboarding_steps_done_onboarding_progress_UserKey",
                        column: x => x.UserKey,
                        principalTable: "onboarding_progress",
                        principalColumn: "UserKey",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_conversations_AadObjectId",
                table: "conversations",
                column: "AadObjectId");

            migrationBuilder.CreateIndex(
                name: "IX_digest_deliveries_state",
                table: "digest_deliveries",
                column: "state");

            migrationBuilder.CreateIndex(
                name: "IX_onboarding_progress_LastProgressAt",
                table: "onboarding_progress",
                column: "LastProgressAt");

            migrationBuilder.CreateIndex(
                name: "IX_questions_AskedAt",
                table: "questions",
                column: "AskedAt");

            migrationBuilder.CreateIndex(
                name: "IX_questions_UserKey",
                table: "questions",
                column: "UserKey");

            migrationBuilder.CreateIndex(
                name: "IX_support_request_links_LinkedRequestId",
                table: "support_request_links",
                column: "LinkedRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_support_request_links_RequestId_LinkedRequestId",
                table: "support_request_links",
                columns: new[] { "RequestId", "LinkedRequestId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_support_request_transitions_RequestId",
                table: "support_request_transitions",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_support_requests_Region_CategoryId",
                table: "support_requests",
                columns: new[] { "Region", "CategoryId" });

            migrationBuilder.CreateIndex(
                name: "IX_support_requests_RequesterKey",
                table: "support_requests",
                column: "RequesterKey");

            migrationBuilder.CreateIndex(
                name: "IX_support_requests_SourceKey",
                table: "support_requests",
                column: "SourceKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_support_requests_Year_Sequence",
                table: "support_requests",
                columns: new[] { "Year", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bot_state");

            migrationBuilder.DropTable(
                name: "conversations");

            migrationBuilder.DropTable(
                name: "digest_deliveries");

            migrationBuilder.DropTable(
                name: "digest_schedule");

            migrationBuilder.DropTable(
                name: "onboarding_peer_accounts");

            migrationBuilder.DropTable(
                name: "onboarding_steps_done");

            migrationBuilder.DropTable(
                name: "questions");

            migrationBuilder.DropTable(
                name: "support_request_cards");

            migrationBuilder.DropTable(
                name: "support_request_links");

            migrationBuilder.DropTable(
                name: "support_request_transitions");

            migrationBuilder.DropTable(
                name: "support_requests");

            migrationBuilder.DropTable(
                name: "onboarding_progress");
        }
    }
}
