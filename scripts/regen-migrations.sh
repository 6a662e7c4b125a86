#!/usr/bin/env bash
# Regenerates the EF Core migrations of both providers from the current model.
# Vigil has not shipped a database yet, so one "Initial" migration per provider is kept; once a release ships,
# replace this with `dotnet ef migrations add <Name>` for each provider.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
rm -rf src/Vigil.Storage/Migrations/Sqlite src/Vigil.Storage/Migrations/Postgres
dotnet build src/Vigil.Storage -v q -nologo >/dev/null
for ctx in Sqlite Postgres; do
  dotnet ef migrations add Initial --no-build --project src/Vigil.Storage --startup-project src/Vigil.Storage \
    --context "${ctx}VigilDbContext" --output-dir "Migrations/${ctx}" >/dev/null
done
echo "migrations regenerated: src/Vigil.Storage/Migrations/{Sqlite,Postgres}"
