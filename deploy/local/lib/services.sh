# shellcheck shell=bash
# The platform's own services and gateway for deploy/local/up: built with the Maven wrapper when a
# packaged app is missing, started as `java -jar <module>/target/quarkus-app/quarkus-run.jar`.
# The modules, their ports and their environment are set in deploy/local/up. Sourced, not run.

svc_jar() { printf '%s' "$SEND_ROOT/$1/target/quarkus-app/quarkus-run.jar"; }

# Builds when asked (--build) or when any module has no packaged app yet.
svc_build_if_needed() { # force(0|1) modules...
  local force=$1 m missing=()
  shift
  for m in "$@"; do
    [ -f "$(svc_jar "$m")" ] || missing+=("$m")
  done
  if ((force == 0 && ${#missing[@]} == 0)); then
    return 0
  fi
  if ((force)); then
    say "building the services (--build): ./mvnw -B -ntp -DskipTests package (log: $SEND_HOME/logs/build.log)"
  else
    say "building the services (no packaged app for: ${missing[*]}): ./mvnw -B -ntp -DskipTests package (log: $SEND_HOME/logs/build.log)"
  fi
  if ! (cd "$SEND_ROOT" && ./mvnw -B -ntp -DskipTests package) >"$SEND_HOME/logs/build.log" 2>&1; then
    grep -E '^\[ERROR\]' "$SEND_HOME/logs/build.log" | head -n 40 >&2 || tail -n 40 "$SEND_HOME/logs/build.log" >&2
    die "the build failed (log: $SEND_HOME/logs/build.log)"
  fi
  for m in "$@"; do
    [ -f "$(svc_jar "$m")" ] || die "the build made no $(svc_jar "$m")"
  done
  say "build done"
  COLD+=(built-services)
}

svc_start() { # module port env-function
  local module=$1 port=$2 envs jopts own own_var
  mapfile -t envs < <("$3" "$port")
  read -ra jopts <<<"$SERVICE_JAVA_OPTS"
  # a service's own options (SEND_METRICS_SERVICE_JAVA_OPTS, SEND_GATEWAY_JAVA_OPTS, ...) come after the shared
  # ones, so they win: one service's heap can be sized to its work without resizing the others'
  own_var="SEND_$(tr 'a-z-' 'A-Z_' <<<"$module")_JAVA_OPTS"
  read -ra own <<<"${!own_var:-}"
  start_part "$module" "$SEND_HOME/logs/$module.log" \
    env "${envs[@]}" "$JAVA_HOME/bin/java" "${jopts[@]}" "${own[@]}" -jar "$(svc_jar "$module")"
}

svc_ready() { # port
  http_ok "http://127.0.0.1:$1/q/health/ready"
}
