#!/usr/bin/env bash
# A throwaway PostgreSQL server for the PostgreSQL variants of the store tests.
#
#   start-test-postgres.sh start   installs Debian's postgresql if missing, creates a cluster in a new temp
#                                  dir (trust auth, 127.0.0.1 and a socket in that dir only, a free port),
#                                  starts it and prints shell lines to eval:
#                                    export NEWSDOSSIER_TEST_PG=postgresql://postgres@127.0.0.1:PORT/postgres
#                                    export NEWSDOSSIER_TEST_PG_DIR=/tmp/newsdossier-pg.XXXXXX
#                                  On any failure it prints one warning line to stderr, nothing to stdout,
#                                  and exits 0: the PostgreSQL tests then skip, the rest of the suite runs.
#   start-test-postgres.sh stop DIR  stops the server in DIR (from NEWSDOSSIER_TEST_PG_DIR) and removes DIR.
#
# Root runs the server as the postgres user (initdb refuses root); anyone else runs it as themselves.
# No set -e: every step is checked, so any failure ends in one warning and a clean exit.
set -uo pipefail

warn() { echo "start-test-postgres: $*; PostgreSQL tests will be skipped" >&2; }

# Run a command as the cluster's owner, from a directory that user can read.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else (cd / && "$@"); fi
}

# The newest installed server's bin dir (Debian keeps them off PATH, in /usr/lib/postgresql/VERSION/bin).
find_bindir() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$d" ] && [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return; fi
  d=$(command -v initdb 2>/dev/null) || return 1
  d=$(dirname "$d")
  [ -x "$d/pg_ctl" ] && echo "$d"
}

install_postgres() {
  [ "$(id -u)" -eq 0 ] || { warn "postgresql is not installed and we are not root to install it"; return 1; }
  command -v apt-get >/dev/null 2>&1 || { warn "postgresql is not installed and there is no apt-get"; return 1; }
  # Only our own clusters: no system "main" cluster started on 5432 by the package.
  mkdir -p /etc/postgresql-common/createcluster.d
  echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.d/newsdossier-test.conf
  echo "start-test-postgres: installing postgresql (apt-get)" >&2
  if ! { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
      postgresql; } >/dev/null 2>&1; then
    warn "apt-get install postgresql failed"
    return 1
  fi
}

free_port() {
  local py
  py=$(command -v python3 || command -v python) || return 1
  "$py" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
  local bindir dir port attempt opts
  bindir=$(find_bindir) || { install_postgres || return 0; bindir=$(find_bindir) || {
    warn "postgresql installed but no initdb/pg_ctl found"; return 0; }; }
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then warn "no postgres user to run the server"; return 0; fi
  dir=$(mktemp -d "${TMPDIR:-/tmp}/newsdossier-pg.XXXXXX") || { warn "cannot create a temp dir"; return 0; }
  if [ "$(id -u)" -eq 0 ] && ! chown postgres: "$dir"; then warn "cannot chown $dir"; stop "$dir"; return 0; fi
  # C collation: byte order, like SQLite's, so ORDER BY on text agrees between the backends.
  if ! as_owner "$bindir/initdb" -D "$dir/data" -U postgres -E UTF8 --no-locale --auth=trust \
      >"$dir/initdb.log" 2>&1; then
    warn "initdb failed: $(tail -n 1 "$dir/initdb.log")"; stop "$dir"; return 0
  fi
  printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' >"$dir/data/pg_hba.conf"
  # Durability is pointless for a throwaway server and costs seconds.
  opts="-c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir"
  opts+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  # A port picked free can be taken before the server binds it: try a few.
  for attempt in 1 2 3; do
    port=$(free_port) || { warn "no python3 to pick a free port"; stop "$dir"; return 0; }
    if as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o "$opts -c port=$port" \
        >/dev/null 2>&1; then
      echo "export NEWSDOSSIER_TEST_PG=postgresql://postgres@127.0.0.1:$port/postgres"
      echo "export NEWSDOSSIER_TEST_PG_DIR=$dir"
      return 0
    fi
  done
  warn "the server did not start: $(tail -n 1 "$dir/server.log" 2>/dev/null)"
  stop "$dir"
}

stop() {
  local dir=$1 bindir
  case $(basename -- "$dir") in newsdossier-pg.*) ;; *) echo "start-test-postgres: not ours: $dir" >&2; return 1;; esac
  [ -d "$dir" ] || return 0
  if [ -f "$dir/data/postmaster.pid" ] && bindir=$(find_bindir); then
    as_owner "$bindir/pg_ctl" -D "$dir/data" -w -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case ${1:-} in
  start) start ;;
  stop) [ -n "${2:-}" ] || { echo "usage: $0 stop DIR" >&2; exit 2; }; stop "$2" ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
