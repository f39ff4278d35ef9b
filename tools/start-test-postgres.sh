#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server from Debian's packages for the tests that need a server
# (marsad-flink's *IT), installing it first when it is missing. Listens on 127.0.0.1 only, with its
# data under MARSAD_TEST_PG_DIR (default /tmp/marsad-test-pg), port MARSAD_TEST_PG_PORT (default
# 55433), user/password/database marsad/marsad/marsad. Prints one line for the caller to eval:
#
#   eval "$(tools/start-test-postgres.sh)"      # exports MARSAD_TEST_PG_URL
#   tools/start-test-postgres.sh stop           # stops it and removes its data
#
# Runs as root (the server then runs as the user postgres) or as an ordinary user.
set -euo pipefail
DIR=${MARSAD_TEST_PG_DIR:-/tmp/marsad-test-pg}
PORT=${MARSAD_TEST_PG_PORT:-55433}
URL="jdbc:postgresql://127.0.0.1:$PORT/marsad?user=marsad&password=marsad"

bin_dir() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$d" ] || [ ! -x "$d/pg_ctl" ]; then
    if [ "$(id -u)" -ne 0 ]; then
      echo "start-test-postgres: PostgreSQL is not installed; run: apt-get install -y postgresql" >&2
      exit 1
    fi
    echo "start-test-postgres: installing Debian's postgresql" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
    d=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  echo "$d"
}

# Runs a command as the owner of the data directory (postgres when we are root).
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

BIN=$(bin_dir)
cd /   # the server's user may not be allowed into the caller's folder
if [ "${1:-start}" = stop ]; then
  if [ -f "$DIR/data/postmaster.pid" ]; then
    as_owner "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >&2 || true
  fi
  rm -rf "$DIR"
  exit 0
fi

if ! [ -f "$DIR/data/PG_VERSION" ]; then
  rm -rf "$DIR"
  mkdir -p "$DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$DIR"
  echo marsad > "$DIR/pwfile"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$DIR/pwfile"
  as_owner "$BIN/initdb" -D "$DIR/data" -U marsad --pwfile="$DIR/pwfile" --auth=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; exit 1; }
fi
if ! as_owner "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
  as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c max_connections=100" start >&2 \
    || { tail -n 20 "$DIR/server.log" >&2; exit 1; }
fi
if ! PGPASSWORD=marsad "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U marsad -d postgres -tAc \
    "select 1 from pg_database where datname = 'marsad'" | grep -q 1; then
  PGPASSWORD=marsad "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U marsad marsad
fi
echo "export MARSAD_TEST_PG_URL='$URL'"
