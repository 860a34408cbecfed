#!/usr/bin/env bash
# Runs every test: installs what the tests need, starts PostgreSQL, runs the .NET and Node suites,
# and ends with one line of totals: "N passed, N failed".
source "$(dirname "$0")/scripts/lib.sh"
cd "$KITABOT_ROOT"

results="$KITABOT_ROOT/artifacts/test-results"
rm -rf "$results"; mkdir -p "$results"

ensure_apt /usr/bin/chromium chromium
ensure_apt /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf fonts-noto-color-emoji fonts-noto-core fonts-dejavu-core
ensure_apt espeak-ng espeak-ng
postgres_connection=$(bash scripts/postgres-test-server.sh start)
export KITABOT_TEST_POSTGRES=$postgres_connection
trap 'bash scripts/postgres-test-server.sh stop' EXIT

for dir in src/KitaBot/ClientApp tests/conformance; do ensure_npm "$dir"; done

dotnet build KitaBot.sln -c Release -warnaserror --nologo -v quiet
dotnet_status=0
dotnet test KitaBot.sln -c Release --no-build --nologo --results-directory "$results" \
  --logger "trx" --logger "console;verbosity=minimal" || dotnet_status=$?

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done

if [ -d tests/conformance/node_modules ]; then
  node_out="$results/conformance.txt"
  (cd tests/conformance && KITABOT_TEST_HOST_DLL="$KITABOT_ROOT/tests/KitaBot.TestHost/bin/Release/net10.0/KitaBot.TestHost.dll" \
    node --test --test-reporter=tap) >"$node_out" 2>&1 || true
  p=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$node_out" | tail -n 1); f=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$node_out" | tail -n 1)
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  [ "${f:-0}" = "0" ] || grep -E "^not ok|failureType|error:" "$node_out" | head -n 40
fi

[ "$dotnet_status" -eq 0 ] || [ "$failed" -gt 0 ] || failed=$((failed + 1))
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
