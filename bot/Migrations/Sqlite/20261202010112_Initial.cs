using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NrwBot.Host.Migrations.Sqlite
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
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Document = table.Column<string>(type: "TEXT", nullable: false),
                    ETag = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bot_state", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "conversations",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    ChannelId = table.Column<string>(type: "TEXT", nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", nullable: false),
                    TeamId = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: true),
                    AadObjectId = table.Column<string>(type: "TEXT", nullable: true),
                    Reference = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    LastFailureStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    LastFailureAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conversations", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "digest_deliveries",
                columns: table => new
                {
                    period_key = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    period_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    period_to = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    due_at = table.Column<long>(type: "INTEGER", nullable: false),
                    late = table.Column<bool>(type: "INTEGER", nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    next_attempt_at = table.Column<long>(type: "INTEGER", nullable: false),
                    lease_until = table.Column<long>(type: "INTEGER", nullable: true),
                    lease_owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    channel_sent = table.Column<bool>(type: "INTEGER", nullable: false),
                    mail_sent = table.Column<bool>(type: "INTEGER", nullable: false),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    claimed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    claimed_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    sent_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_digest_deliveries", x => x.period_key);
                });

            migrationBuilder.CreateTable(
                name: "digest_schedule",
                columns: table => new
                {
                    name = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    started_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_digest_schedule", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "onboarding_peer_accounts",
                columns: table => new
                {
                    ContactId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UserKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LinkedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_onboarding_peer_accounts", x => x.ContactId);
                });

            migrationBuilder.CreateTable(
                name: "onboarding_progress",
                columns: table => new
                {
                    UserKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastProgressAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RemindersOff = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastReminderAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SharesProgress = table.Column<bool>(type: "INTEGER", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Region = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IntroducedPeerId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_onboarding_progress", x => x.UserKey);
                });

            migrationBuilder.CreateTable(
                name: "questions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserKey = table.Column<string>(type: "TEXT", nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ArticleId = table.Column<string>(type: "TEXT", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", nullable: false),
                    Confidence = table.Column<double>(type: "REAL", nullable: false),
                    AskedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    FollowUpArticleId = table.Column<string>(type: "TEXT", nullable: true),
                    Feedback = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_questions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "support_request_cards",
                columns: table => new
                {
                    RequestId = table.Column<long>(type: "INTEGER", nullable: false),
                    ConversationKey = table.Column<string>(type: "TEXT", nullable: false),
                    ActivityId = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_request_cards", x => x.RequestId);
                });

            migrationBuilder.CreateTable(
                name: "support_request_links",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<long>(type: "INTEGER", nullable: false),
                    LinkedRequestId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_request_links", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "support_request_transitions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ToState = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ActorKey = table.Column<string>(type: "TEXT", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", nullable: true),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_request_transitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "support_requests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceKey = table.Column<string>(type: "TEXT", nullable: true),
                    CategoryId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    RedactedDescription = table.Column<string>(type: "TEXT", nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Urgency = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PreferredDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Consent = table.Column<bool>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    RequesterKey = table.Column<string>(type: "TEXT", nullable: true),
                    RequesterName = table.Column<string>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AssigneeKey = table.Column<string>(type: "TEXT", nullable: true),
                    AssigneeName = table.Column<string>(type: "TEXT", nullable: true),
                    Answer = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "onboarding_steps_done",
                columns: table => new
                {
                    UserKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StepId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DoneAt = table.Column<long>(type: "INTEGER", nullable: false)
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
