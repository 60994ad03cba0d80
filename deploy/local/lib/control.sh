# shellcheck shell=bash
# Fault control of a running deploy/local/up (used by the fault suite, deploy/fault-test/run): up writes the
# pid of each part to $SEND_HOME/run/<part>.pid and its own to run/up.pid, and takes requests to crash, pause
# and restart its parts, so that a test can kill -9 Kafka, PostgreSQL or a service and have it started again on
# the same data while everything else keeps running. Sourced, not run.
#
# A request is a file run/requests/<id>.req holding one line "ACTION PART" (ACTION: kill | stop | start |
# pause | resume; PART: postgres, kafka, a service or the gateway), then a line written to the fifo
# run/doorbell, which wakes up's wait loop. Up answers in run/requests/<id>.done: "ok" or "failed: why"
# (start answers once the part is ready again). A doorbell rather than a signal: a trap that runs while bash
# parses a command substitution can break the parse (bash 5.2), and up would end.
#
#   kill    kill -9 the part (PostgreSQL: its postmaster, which then recovers from its WAL on start)
#   stop    stop the part cleanly (SIGTERM, as on Ctrl-C): a consumer leaves its group at once
#   start   start a killed or stopped part again on the same data, and wait until it is ready
#   pause   SIGSTOP every process of the part (PostgreSQL: the postmaster and its backends)
#   resume  SIGCONT them
# Keycloak cannot be crashed this way: tokens are the suite's tool, not its subject.

CONTROL_DIR=""
CONTROL_DOORBELL="" # a child of up that ends when the doorbell rings, so that up's wait -n returns
declare -A PART_DOWN=()   # parts killed on request: their end is not a failure of the platform
declare -A PART_PAUSED=() # parts stopped with SIGSTOP: resumed before up stops them, so they can end

control_init() {
  CONTROL_DIR="$SEND_HOME/run"
  rm -rf "$CONTROL_DIR"
  mkdir -p "$CONTROL_DIR/requests"
  mkfifo "$CONTROL_DIR/doorbell"
  printf '%s\n' "$$" >"$CONTROL_DIR/up.pid"
}

# Starts the doorbell's listener unless one is waiting. It opens the fifo read-write (which never blocks) and
# gives up after a minute, so that none outlives up for long; the wait loop starts the next.
control_arm() {
  [ -n "$CONTROL_DIR" ] || return 0
  if [ -n "$CONTROL_DOORBELL" ] && kill -0 "$CONTROL_DOORBELL" 2>/dev/null; then
    return 0
  fi
  # shellcheck disable=SC2034 # the line itself means nothing
  (exec 3<>"$CONTROL_DIR/doorbell" && read -r -t 60 ring <&3) 9>&- &
  CONTROL_DOORBELL=$!
}

control_disarm() {
  [ -n "$CONTROL_DOORBELL" ] && kill "$CONTROL_DOORBELL" 2>/dev/null
  CONTROL_DOORBELL=""
  return 0
}

# Called by start_part: where a test finds the part's process (the leader of its process group).
control_record_pid() { # name pid
  [ -n "$CONTROL_DIR" ] && printf '%s\n' "$2" >"$CONTROL_DIR/$1.pid"
  return 0
}

part_down() { [ "${PART_DOWN[$1]:-0}" = 1 ]; }

# The processes of a part: its process group, and for the embedded PostgreSQL the postmaster (pg_ctl starts it
# in a session of its own) with its children.
control_pids() { # part
  local pgid f stat rest pgrp
  pgid=$(part_pid "$1")
  for f in /proc/[0-9]*/stat; do
    { read -r stat <"$f"; } 2>/dev/null || continue
    rest=${stat##*) }
    read -r _ _ pgrp _ <<<"$rest"
    [ "$pgrp" = "$pgid" ] && { f=${f#/proc/}; printf '%s\n' "${f%/stat}"; }
  done
  if [ "$1" = postgres ]; then
    local postmaster
    postmaster=$(pg_postmaster_pid) || return 0
    printf '%s\n' "$postmaster"
    pgrep -P "$postmaster" 2>/dev/null || true
  fi
}

control_do() { # action part: prints nothing, fails with a reason on stderr
  local action=$1 part=$2 pids
  part_index "$part" >/dev/null || { echo "no part named '$part'" >&2; return 1; }
  [ "$part" = keycloak ] && { echo "keycloak is not under fault control" >&2; return 1; }
  case "$action" in
    kill)
      part_down "$part" && { echo "$part is already down" >&2; return 1; }
      PART_DOWN[$part]=1
      if [ "$part" = kafka ]; then KAFKA_STOPPED=1; fi
      mapfile -t pids < <(control_pids "$part")
      say "control: kill -9 $part (${pids[*]})"
      kill -KILL "${pids[@]}" 2>/dev/null || true
      wait "$(part_pid "$part")" 2>/dev/null || true
      ;;
    stop)
      part_down "$part" && { echo "$part is already down" >&2; return 1; }
      PART_DOWN[$part]=1
      if [ "$part" = kafka ]; then KAFKA_STOPPED=1; fi
      say "control: stopping $part (SIGTERM)"
      stop_parts "$part"
      ;;
    start)
      part_down "$part" || { echo "$part is running" >&2; return 1; }
      say "control: starting $part again on the same data"
      [ -f "$(part_log "$part")" ] && cp "$(part_log "$part")" "$SEND_HOME/logs/$part.before-restart.log"
      case "$part" in
        postgres) pg_restart_embedded ;;
        kafka) kafka_start ;;
        "$GATEWAY") svc_start "$part" "$GATEWAY_PORT" gateway_env ;;
        *) svc_start "$part" "${SERVICE_PORT[$part]}" service_env ;;
      esac
      control_record_pid "$part" "$(part_pid "$part")"
      wait_all_ready "$READY_TIMEOUT" "$part"
      PART_DOWN[$part]=0
      if [ "$part" = kafka ]; then KAFKA_STOPPED=0; fi
      ;;
    pause | resume)
      part_down "$part" && { echo "$part is down" >&2; return 1; }
      mapfile -t pids < <(control_pids "$part")
      say "control: $action $part (${pids[*]})"
      kill "$([ "$action" = pause ] && printf -- -STOP || printf -- -CONT)" "${pids[@]}" 2>/dev/null || true
      PART_PAUSED[$part]=$([ "$action" = pause ] && printf 1 || printf 0)
      ;;
    *)
      echo "unknown action '$action' (kill | stop | start | pause | resume)" >&2
      return 1
      ;;
  esac
}

# Handles every pending request, in the order of their names; called from up's wait loop.
control_on_request() {
  [ -n "$CONTROL_DIR" ] || return 0
  local req action part why errors="$CONTROL_DIR/requests/errors"
  for req in "$CONTROL_DIR"/requests/*.req; do
    [ -e "$req" ] || continue
    read -r action part _ <"$req" || true
    # not in a subshell: the request changes up's own bookkeeping (PART_DOWN, the parts' pids)
    if control_do "$action" "$part" 2>"$errors"; then
      printf 'ok\n' >"${req%.req}.done.tmp"
    else
      why=$(tr '\n' ' ' <"$errors")
      warn "control: $action $part failed: $why"
      printf 'failed: %s\n' "$why" >"${req%.req}.done.tmp"
    fi
    mv "${req%.req}.done.tmp" "${req%.req}.done"
    rm -f "$req"
  done
}

# Before up stops everything: a paused part could not act on SIGTERM (nor its backends notice their end).
control_resume_paused() {
  local part pids
  for part in "${!PART_PAUSED[@]}"; do
    [ "${PART_PAUSED[$part]}" = 1 ] || continue
    mapfile -t pids < <(control_pids "$part")
    kill -CONT "${pids[@]}" 2>/dev/null || true
    PART_PAUSED[$part]=0
  done
}
