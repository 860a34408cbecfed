#!/usr/bin/env bash
# Runs KitaBot: web chat at http://localhost:5000, an embedded SQLite database under ./data and the shipped
# facility data. Installs the Web Chat bundle on first start. Extra arguments go to the program, e.g.
# `./run.sh recognize --mode dates < lines.jsonl`.
source "$(dirname "$0")/scripts/lib.sh"
cd "$KITABOT_ROOT"
ensure_npm src/KitaBot/ClientApp
dotnet build src/KitaBot -c Release --nologo -v quiet
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
  exec dotnet src/KitaBot/bin/Release/net10.0/KitaBot.dll "$@"   # a verb such as recognize or import-facilities
fi
echo "KitaBot web chat: ${KITABOT_URLS:-http://localhost:5000}"
exec dotnet src/KitaBot/bin/Release/net10.0/KitaBot.dll --urls "${KITABOT_URLS:-http://localhost:5000}" \
  --KitaBot:DataDirectory "${KITABOT_DATA:-$KITABOT_ROOT/data}" "$@"
