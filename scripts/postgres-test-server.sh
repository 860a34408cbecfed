#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server from Debian's packages on 127.0.0.1:$KITABOT_PG_PORT for the tests,
# and prints the connection string. `postgres-test-server.sh stop` stops it. Data lives under artifacts/.
source "$(dirname "$0")/lib.sh"

data_dir="$KITABOT_ROOT/artifacts/postgres"
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)

if [ "${1:-start}" = "stop" ]; then
  [ -n "$pg_bin" ] && [ -f "$data_dir/postmaster.pid" ] && runuser -u postgres -- "$pg_bin/pg_ctl" -D "$data_dir" -m fast stop >/dev/null || true
  exit 0
fi

if [ -z "$pg_bin" ]; then
  ensure_apt /usr/lib/postgresql/15/bin/postgres postgresql >&2
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

mkdir -p "$KITABOT_ROOT/artifacts"
if [ ! -f "$data_dir/PG_VERSION" ]; then
  rm -rf "$data_dir"; install -d -o postgres -g postgres "$data_dir"
  runuser -u postgres -- "$pg_bin/initdb" -D "$data_dir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
chmod o+x "$KITABOT_ROOT/artifacts"
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if runuser -u postgres -- "$pg_bin/pg_ctl" -D "$data_dir" status >/dev/null 2>&1; then
  port=$(cat "$data_dir/kitabot.port")
else
  # Another cluster (another checkout's tests) may hold the default port: take the next free one.
  port=${KITABOT_PG_PORT:-55432}
  while port_busy "$port"; do port=$((port + 1)); done
  echo "$port" > "$data_dir/kitabot.port"
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$data_dir" -w -l "$data_dir/server.log" \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$data_dir -c fsync=on -c max_connections=200" start >/dev/null
fi
echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
