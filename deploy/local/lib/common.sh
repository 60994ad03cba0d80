# shellcheck shell=bash
# Shared helpers of deploy/local/up: messages, timing, ports, HTTP readiness, Maven fetches and the
# bookkeeping of the processes ("parts") that up starts. Sourced, not run.

# ---------------------------------------------------------------- messages and timing

T0=$(date +%s%N)

elapsed() { # seconds since up started, one decimal
  local now
  now=$(date +%s%N)
  printf '%d.%d' $(((now - T0) / 1000000000)) $((((now - T0) / 100000000) % 10))
}

# Messages never fail: a closed terminal or pipe (up | tee, then Ctrl-C) must not stop the clean-up.
say() { printf '[%6ss] %s\n' "$(elapsed)" "$*" 2>/dev/null || true; }
warn() { printf '[%6ss] warning: %s\n' "$(elapsed)" "$*" >&2 2>/dev/null || true; }
die() {
  printf '[%6ss] error: %s\n' "$(elapsed)" "$*" >&2 2>/dev/null || true
  exit 1
}

# Appends "label seconds" to the timings file, so first and later starts can be compared.
record_timing() {
  printf '%s %s%ss\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$1" "$(elapsed)" >>"$SEND_HOME/logs/timings.txt"
}

have() { command -v "$1" >/dev/null 2>&1; }

# ---------------------------------------------------------------- ports and HTTP

port_open() { # host port: true when something accepts a TCP connection there
  (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
}

http_status() { # http://host:port/path: prints the HTTP status of a GET (000 when nothing answers)
  if have curl; then
    curl -s -o /dev/null -m 3 -w '%{http_code}' "$1" 2>/dev/null || true
    return 0
  fi
  # No curl: plain HTTP/1.0 over bash's /dev/tcp.
  local rest=${1#http://} hostport path host port line
  hostport=${rest%%/*}
  path=/${rest#*/}
  [ "$hostport" = "$rest" ] && path=/
  host=${hostport%%:*}
  port=${hostport##*:}
  [ "$port" = "$hostport" ] && port=80
  line=$(
    exec 2>/dev/null
    exec 3<>"/dev/tcp/$host/$port" || exit 0
    printf 'GET %s HTTP/1.0\r\nHost: %s\r\nConnection: close\r\n\r\n' "$path" "$hostport" >&3
    IFS= read -r -t 3 line <&3 && printf '%s' "$line"
  ) || true
  line=${line#HTTP/* }
  printf '%s' "${line:0:3}" | grep -E '^[0-9]{3}$' || printf '000'
}

# Fails with the list of ports that are taken, before anything is started or wiped.
require_free_ports() { # "name:port"...
  local spec busy=()
  for spec in "$@"; do
    port_open 127.0.0.1 "${spec##*:}" && busy+=("${spec%%:*} (${spec##*:})")
  done
  if ((${#busy[@]})); then
    die "port(s) already in use: ${busy[*]}. Is the platform already running (see 'ps -ef | grep java')? Stop it, or choose other ports with the SEND_*_PORT variables."
  fi
}

# ---------------------------------------------------------------- Maven fetches into the cache

# Runs a fetch pom of deploy/local/runtime once: the result is kept in the cache with a stamp file
# holding a hash of the pom and the arguments, so a changed pom fetches again. Returns non-zero (after
# showing the end of the log) when Maven fails.
COLD=() # what this start had to fetch or build, for the timings
maven_fetch() { # name goal dir [more maven args]
  local name=$1 goal=$2 dir=$3
  shift 3
  local pom="$SEND_RUNTIME/$name/pom.xml" stamp="$dir/.fetched" key log="$SEND_HOME/logs/fetch.log"
  key=$(cat "$pom" <(printf '%s\n' "$goal" "$@") | cksum | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$key" ]; then
    return 0
  fi
  say "fetching $name${*:+ $*} from Maven Central (once; kept in $dir)"
  rm -rf "$dir"
  mkdir -p "$dir"
  if ! "$SEND_ROOT/mvnw" -B -ntp -q -f "$pom" "$goal" -Dsend.out="$dir" "$@" >>"$log" 2>&1; then
    tail -n 15 "$log" >&2
    warn "could not fetch $name (log: $log)"
    rm -rf "$dir"
    return 1
  fi
  printf '%s\n' "$key" >"$stamp"
  COLD+=("fetched-$name")
}

# ---------------------------------------------------------------- the parts that up starts

# Each part runs in a session and process group of its own (setsid), so the terminal's Ctrl-C reaches
# only up, which then stops the parts in order, and stopping a part stops everything it started.
PART_NAMES=()
PART_PIDS=()
PART_LOGS=()
STOPPING=0

start_part() { # name logfile command...: starts command in the background, output to logfile
  local name=$1 log=$2
  shift 2
  : >"$log"
  setsid "$@" </dev/null >>"$log" 2>&1 9>&- &
  declare -F control_record_pid >/dev/null && control_record_pid "$name" "$!"
  local i
  if i=$(part_index "$name"); then # started again (kafka, on SIGUSR2): the part keeps its place
    PART_PIDS[$i]=$!
    PART_LOGS[$i]=$log
    return 0
  fi
  PART_NAMES+=("$name")
  PART_PIDS+=("$!")
  PART_LOGS+=("$log")
}

# Runs a one-off step (a build, an import) in a process group of its own and waits for it, so that
# Ctrl-C stops it at once through the traps (a Keycloak JVM ignores SIGINT while it starts).
STEP_PID=""
run_step() { # logfile command...
  local log=$1 rc=0
  shift
  setsid "$@" </dev/null >"$log" 2>&1 9>&- &
  STEP_PID=$!
  wait "$STEP_PID" || rc=$?
  STEP_PID=""
  return "$rc"
}

stop_step() {
  [ -n "$STEP_PID" ] || return 0
  kill -TERM -- "-$STEP_PID" 2>/dev/null || true
  local i
  for ((i = 0; i < 50; i++)); do
    group_alive "$STEP_PID" || return 0
    sleep 0.2
  done
  kill -KILL -- "-$STEP_PID" 2>/dev/null || true
}

part_index() { # name: prints the index of the part
  local i
  for i in "${!PART_NAMES[@]}"; do
    [ "${PART_NAMES[$i]}" = "$1" ] && { printf '%s' "$i"; return 0; }
  done
  return 1
}

part_pid() { printf '%s' "${PART_PIDS[$(part_index "$1")]}"; }
part_log() { printf '%s' "${PART_LOGS[$(part_index "$1")]}"; }

# True while any process of the process group lives (zombies do not count).
group_alive() { # pgid
  local stat rest state pgrp f
  for f in /proc/[0-9]*/stat; do
    { read -r stat <"$f"; } 2>/dev/null || continue # the process may just have ended
    rest=${stat##*) }
    read -r state _ pgrp _ <<<"$rest"
    [ "$pgrp" = "$1" ] && [ "$state" != Z ] && return 0
  done
  return 1
}

part_alive() { group_alive "$(part_pid "$1")"; }

show_log_tail() { # name [lines]
  local log
  log=$(part_log "$1")
  {
    printf '\n---- last %s lines of %s ----\n' "${2:-40}" "$log"
    tail -n "${2:-40}" "$log"
    printf -- '---- end of %s ----\n\n' "$log"
  } >&2 2>/dev/null || true
}

part_failed_check() { # name deadline timeout: dies when the part ended or its time is up
  if ! part_alive "$1"; then
    show_log_tail "$1"
    die "$1 stopped while starting (log: $(part_log "$1"))"
  fi
  if (($(date +%s) >= $2)); then
    show_log_tail "$1"
    die "$1 not ready after ${3}s (log: $(part_log "$1")); set SEND_READY_TIMEOUT to wait longer"
  fi
}

# Waits for several parts at once; part_ready NAME (defined by up) tells whether one is ready, and
# on_part_ready NAME is called once for each as it gets ready.
wait_all_ready() { # timeout-seconds names...
  local timeout=$1 deadline name pending
  shift
  deadline=$(($(date +%s) + timeout))
  pending=("$@")
  while ((${#pending[@]})); do
    local still=()
    for name in "${pending[@]}"; do
      if part_ready "$name"; then
        on_part_ready "$name"
      else
        part_failed_check "$name" "$deadline" "$timeout"
        still+=("$name")
      fi
    done
    pending=("${still[@]+"${still[@]}"}")
    ((${#pending[@]})) && sleep 0.25
  done
  return 0
}

http_ok() { [ "$(http_status "$1")" = 200 ]; }

# Stops the given parts: TERM to each process group, KILL to what is left after the grace period.
stop_parts() { # names...
  local name pid deadline left
  for name in "$@"; do
    pid=$(part_pid "$name")
    if group_alive "$pid"; then kill -TERM -- "-$pid" 2>/dev/null || true; fi
  done
  deadline=$(($(date +%s) + ${SEND_STOP_GRACE:-10}))
  while :; do
    left=()
    for name in "$@"; do
      group_alive "$(part_pid "$name")" && left+=("$name")
    done
    ((${#left[@]} == 0)) && break
    if (($(date +%s) >= deadline)); then
      warn "still running after ${SEND_STOP_GRACE:-10}s, killing: ${left[*]}"
      for name in "${left[@]}"; do
        kill -KILL -- "-$(part_pid "$name")" 2>/dev/null || true
      done
      sleep 0.5
      break
    fi
    sleep 0.2
  done
  for name in "$@"; do
    wait "$(part_pid "$name")" 2>/dev/null || true
  done
}

# Stops every part in reverse start order: the services first, then the infrastructure.
stop_all() {
  ((STOPPING)) && return 0
  STOPPING=1
  set +e # best effort from here on: stop whatever can be stopped
  trap '' PIPE
  declare -F before_stop >/dev/null && before_stop
  stop_step
  local services=() infra=() i
  for ((i = ${#PART_NAMES[@]} - 1; i >= 0; i--)); do
    case "${PART_NAMES[$i]}" in
      postgres | kafka | keycloak) infra+=("${PART_NAMES[$i]}") ;;
      *) services+=("${PART_NAMES[$i]}") ;;
    esac
  done
  if ((${#PART_NAMES[@]})); then
    say "stopping $(printf '%s ' "${services[@]+"${services[@]}"}" "${infra[@]+"${infra[@]}"}")"
  fi
  ((${#services[@]})) && stop_parts "${services[@]}"
  ((${#infra[@]})) && stop_parts "${infra[@]}"
  declare -F after_stop >/dev/null && after_stop
  ((${#PART_NAMES[@]})) && say "stopped"
  return 0
}
