# shellcheck shell=bash
# deploy/local/up in the background, for a harness that runs against the whole platform on ports of its own (the
# fault suite, the soak): the ports of a port base, the start with a wait until it is up, the stop on exit.
# Sourced, not run. The harness sets SEND_HOME first and defines say().

# Exports the SEND_*_PORT variables for a port base: gateway +80, services +81..+84, Keycloak +280 (+1280 its
# management; not +180, which is 29180, the benchmarks' Keycloak management port), PostgreSQL +432, Kafka +1092.
background_ports() { # base
  local base=$1
  export SEND_GATEWAY_PORT=$((base + 80)) SEND_MILESTONES_PORT=$((base + 81)) SEND_METRICS_PORT=$((base + 82))
  export SEND_RISK_PORT=$((base + 83)) SEND_GOVERNANCE_PORT=$((base + 84))
  export SEND_KEYCLOAK_PORT=$((base + 280)) SEND_KEYCLOAK_MANAGEMENT_PORT=$((base + 1280))
  export SEND_KAFKA_PORT=$((base + 1092)) SEND_KAFKA_CONTROLLER_PORT=$((base + 1093))
  export SEND_PG_PORT=$((base + 432))
}

# The services' usual JVM options with the gateway's per-client rate limits lifted: a harness measures the
# platform, not the limits (as the benchmarks do).
background_unlimited_java_opts() {
  local unlimited=1000000000
  printf '%s' "-Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
-Dgateway.rate-limit.authenticated=$unlimited -Dgateway.rate-limit.roles.partner-submitter=$unlimited \
-Dgateway.rate-limit.roles.analytics-reader=$unlimited -Dgateway.rate-limit.roles.admin=$unlimited"
}

background_require_built() {
  local m
  for m in milestones-service metrics-service risk-service governance-service gateway; do
    [ -f "$m/target/quarkus-app/quarkus-run.jar" ] || { say "no $m/target/quarkus-app: build first (./mvnw verify)"; return 1; }
  done
}

BACKGROUND_UP=""

# Starts deploy/local/up (log $SEND_HOME/up.log), stops it on exit, and waits until it is up.
background_up() { # timeout-seconds
  local timeout=$1 log="$SEND_HOME/up.log" since
  since=$(date +%s)
  setsid deploy/local/up >"$log" 2>&1 </dev/null &
  BACKGROUND_UP=$!
  trap background_stop EXIT
  trap 'exit 130' INT TERM
  say "starting the platform (deploy/local/up, SEND_HOME=$SEND_HOME, log $log)"
  until grep -q 'SEND Reform platform is up' "$log"; do
    if ! kill -0 "$BACKGROUND_UP" 2>/dev/null || (($(date +%s) - since > timeout)); then
      tail -n 40 "$log" >&2
      say "the platform did not come up within ${timeout}s (log: $log)"
      return 1
    fi
    sleep 1
  done
}

background_stop() {
  [ -n "$BACKGROUND_UP" ] && kill -0 "$BACKGROUND_UP" 2>/dev/null || return 0
  say "stopping the platform"
  kill -TERM "$BACKGROUND_UP" 2>/dev/null || true
  for _ in $(seq 90); do kill -0 "$BACKGROUND_UP" 2>/dev/null || break; sleep 0.5; done
  kill -KILL -- "-$BACKGROUND_UP" 2>/dev/null || true
}
