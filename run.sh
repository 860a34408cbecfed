#!/usr/bin/env bash
# Runs KitaBot with web chat on http://localhost:5000, an embedded SQLite database under ./data
# and the shipped facility data. Installs the Web Chat bundle on first start.
source "$(dirname "$0")/scripts/lib.sh"
cd "$KITABOT_ROOT"
ensure_npm src/KitaBot/ClientApp
echo "KitaBot web chat: http://localhost:5000"
exec dotnet run --project src/KitaBot -c Release -- --urls "${KITABOT_URLS:-http://localhost:5000}" "$@"
