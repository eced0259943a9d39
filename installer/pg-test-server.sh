#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for the test suites (team mode).
#
#   installer/pg-test-server.sh start DIR PORT   new cluster in DIR, serving 127.0.0.1:PORT
#   installer/pg-test-server.sh stop DIR         stop it and remove DIR
#
# The cluster trusts every connection (it listens on loopback and on a unix socket inside DIR
# only), has the superuser role "tandem", and runs with fsync off: it holds nothing worth
# keeping. PostgreSQL refuses to run as root, so as root the server runs as the "postgres"
# system user (TANDEM_PG_USER to choose another); otherwise as the current user.
# Binaries come from /usr/lib/postgresql/15/bin (TANDEM_PG_BIN to change).
#
# A start first clears what an earlier run may have left: a cluster still running in DIR, and
# a test cluster of ours on PORT whose folder is gone. Anything else on PORT is an error that
# says so; CMake's TANDEM_TEST_PG_PORT picks another port.
set -euo pipefail

bin=${TANDEM_PG_BIN:-/usr/lib/postgresql/15/bin}
marker=tandem-test-cluster

die() { echo "pg-test-server: $*" >&2; exit 1; }
say() { echo "pg-test-server: $*"; }

usage() {
  echo "usage: $0 start DIR PORT | stop DIR" >&2
  exit 2
}

# Runs a command as the user that owns the cluster (root hands it to that user).
as_owner() {
  local owner=$1; shift
  if [ "$(id -u)" = 0 ]; then
    (cd / && runuser -u "$owner" -- "$@")
  else
    "$@"
  fi
}

# Where the cluster of DIR lives: DIR itself, or the folder named in DIR/cluster-home when
# the server user could not reach DIR (a checkout under a private home folder, say).
cluster_home() {
  local dir=$1
  if [ -f "$dir/cluster-home" ]; then cat "$dir/cluster-home"; else echo "$dir"; fi
}

# True when something accepts TCP connections on 127.0.0.1:PORT.
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Waits up to $2 seconds for process $1 to end.
wait_gone() {
  local pid=$1 i
  for ((i = 0; i < $2 * 10; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  return 1
}

# Ends a postmaster at once: SIGQUIT is PostgreSQL's immediate shutdown; SIGKILL if it hangs.
kill_postmaster() {
  local pid=$1
  kill -QUIT "$pid" 2>/dev/null || return 0
  wait_gone "$pid" 15 && return 0
  kill -KILL "$pid" 2>/dev/null || true
  wait_gone "$pid" 5 || die "process $pid does not end; stop it by hand"
}

# Stops the cluster of DIR if one runs there and removes everything the start made.
stop_dir() {
  local dir=$1 home data pid owner
  [ -d "$dir" ] || return 0
  home=$(cluster_home "$dir")
  data=$home/data
  if [ -f "$data/postmaster.pid" ]; then
    pid=$(head -n 1 "$data/postmaster.pid")
    owner=$(stat -c %U "$data")
    if kill -0 "$pid" 2>/dev/null; then
      if ! as_owner "$owner" "$bin/pg_ctl" -D "$data" stop -m fast -w -t 30 >/dev/null 2>&1; then
        echo "pg-test-server: pg_ctl stop failed; ending process $pid" >&2
        kill_postmaster "$pid"
      fi
    fi
  fi
  if [ "$home" != "$dir" ]; then rm -rf -- "$home"; fi
  rm -rf -- "$dir"
}

# The postmasters of our test clusters on PORT, as "pid datadir" lines. They are recognised by
# the cluster_name the start gives them on their command line.
our_postmasters_on() {
  local port=$1 p args
  for p in /proc/[0-9]*; do
    [ -r "$p/cmdline" ] || continue
    mapfile -d '' -t args <"$p/cmdline" 2>/dev/null || continue
    [ ${#args[@]} -gt 0 ] || continue
    case "${args[0]}" in */postgres|postgres) ;; *) continue ;; esac
    local i data="" name=""
    for ((i = 1; i < ${#args[@]}; i++)); do
      case "${args[i]}" in
        -D) data=${args[i + 1]:-} ;;
        cluster_name=*) name=${args[i]#cluster_name=} ;;
      esac
    done
    if [ "$name" = "$marker-$port" ]; then echo "${p#/proc/} $data"; fi
  done
}

# Clears a test cluster of ours left on PORT by an earlier run whose folder is gone (or is the
# DIR we are about to use). A live one that belongs to another build tree is left alone.
clear_stale_on() {
  local port=$1 want=$2 pid data
  while read -r pid data; do
    [ -n "$pid" ] || continue
    if [ "$data" = "$want" ] || [ ! -d "$data" ]; then
      say "ending a stale test cluster on port $port (process $pid, ${data:-unknown folder})"
      kill_postmaster "$pid"
    else
      die "port $port is used by the test cluster in $data (another build tree?)." \
          "Stop it with: $0 stop $(dirname "$data"), or configure this build with -DTANDEM_TEST_PG_PORT=<another port>."
    fi
  done < <(our_postmasters_on "$port")
}

start() {
  local dir=$1 port=$2 owner home data sockets
  if ! [[ "$port" =~ ^[0-9]+$ ]] || [ "$port" -lt 1024 ] || [ "$port" -gt 65535 ]; then
    die "port \"$port\" is not a number between 1024 and 65535"
  fi
  for tool in initdb pg_ctl psql; do
    [ -x "$bin/$tool" ] || die "$bin/$tool is missing: install the Debian package postgresql-15 (installer/bootstrap.sh does)"
  done
  case "$dir" in /*) ;; *) dir=$PWD/$dir ;; esac

  owner=$(id -un)
  if [ "$(id -u)" = 0 ]; then
    owner=${TANDEM_PG_USER:-postgres}
    id -u "$owner" >/dev/null 2>&1 \
      || die "PostgreSQL refuses to run as root and there is no user \"$owner\" to run it (the postgresql-15 package creates \"postgres\"; TANDEM_PG_USER names another)"
  fi

  stop_dir "$dir"
  clear_stale_on "$port" "$dir/data"
  if port_in_use "$port"; then
    local who
    who=$(ss -ltnpH "sport = :$port" 2>/dev/null | sed -n 's/.*users:((\(.*\)))/\1/p' | head -n 1 || true)
    die "port $port on 127.0.0.1 is already in use${who:+ by $who}." \
        "Configure the build with -DTANDEM_TEST_PG_PORT=<a free port>."
  fi

  mkdir -p -- "$dir"
  home=$dir
  if [ "$(id -u)" = 0 ]; then
    if as_owner "$owner" test -x "$(dirname "$dir")"; then
      chown "$owner:" "$dir"
    else
      # The server user cannot reach DIR: keep the cluster in /tmp and note where.
      home=$(mktemp -d /tmp/tandem-pg-test.XXXXXX)
      chown "$owner:" "$home"
      echo "$home" >"$dir/cluster-home"
    fi
  fi
  chmod 700 "$home"
  data=$home/data

  # Unix socket paths are limited to 107 bytes; a deep folder goes without one (TCP is used).
  sockets=$home
  if [ $(( ${#home} + 20 )) -gt 100 ]; then sockets=""; fi

  if ! as_owner "$owner" "$bin/initdb" -D "$data" -U tandem --auth=trust --encoding=UTF8 \
         --locale=C.UTF-8 --no-sync >"$home/initdb.log" 2>&1; then
    cat "$home/initdb.log" >&2
    die "initdb failed in $data"
  fi
  as_owner "$owner" tee -a "$data/postgresql.conf" >/dev/null <<EOF

# $marker: throwaway server for Tandem's tests; nothing here is worth keeping.
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$sockets'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 100
log_min_messages = warning
EOF
  as_owner "$owner" tee "$data/pg_hba.conf" >/dev/null <<EOF
# $marker: loopback only, no passwords.
local all all                trust
host  all all 127.0.0.1/32   trust
EOF

  if ! as_owner "$owner" "$bin/pg_ctl" -D "$data" -l "$home/server.log" -w -t 60 \
         -o "-c cluster_name=$marker-$port" start >/dev/null 2>&1; then
    tail -n 30 "$home/server.log" >&2 2>/dev/null || true
    die "PostgreSQL did not start (log: $home/server.log)"
  fi
  if ! "$bin/psql" -X -q -h 127.0.0.1 -p "$port" -U tandem -d postgres -tAc 'SELECT 1' >/dev/null; then
    die "PostgreSQL started but does not answer on 127.0.0.1:$port (log: $home/server.log)"
  fi
  say "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') ready at postgresql://tandem@127.0.0.1:$port/postgres (data in $data)"
}

case "${1:-}" in
  start) [ $# -eq 3 ] || usage; start "$2" "$3" ;;
  stop)
    [ $# -eq 2 ] || usage
    dir=$2
    case "$dir" in /*) ;; *) dir=$PWD/$dir ;; esac
    if [ -d "$dir" ]; then stop_dir "$dir"; say "stopped and removed $dir"; else say "nothing to stop in $dir"; fi
    ;;
  *) usage ;;
esac
