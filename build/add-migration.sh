#!/usr/bin/env bash
# Adds the migration <Name> for both providers (SQLite and PostgreSQL) after a change to the model.
# Needs the EF Core tool once: dotnet tool install --global dotnet-ef --version 10.0.15
set -euo pipefail
name="${1:?usage: build/add-migration.sh <Name>}"
cd "$(dirname "$0")/.."
export PATH="$PATH:$HOME/.dotnet/tools"
dotnet build bot/NrwBot.Host.csproj -v q -nologo
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --no-build --project bot --context "${provider}NrwBotDbContext" --output-dir "Migrations/$provider"
done
