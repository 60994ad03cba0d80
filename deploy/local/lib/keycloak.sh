# shellcheck shell=bash
# Keycloak for deploy/local/up: the keycloak-quarkus-dist zip from Maven Central, built once
# (kc.sh build), the realm imported once into a snapshot of its dev-file (H2) store, and every start
# begins from a copy of that snapshot: a fresh realm, exactly as in the realm file, without paying for
# the schema creation and the import each time. A changed realm file (or version, or admin) imports
# again. Sourced, not run.

KC_HOME=""
KC_VERSION=""
KC_REALM=send-reform
KC_BUILD_OPTS=(--db=dev-file --health-enabled=true)

# Options of every kc.sh command that starts the server or the import.
kc_env() {
  export KC_BOOTSTRAP_ADMIN_USERNAME="$KC_ADMIN_USER" KC_BOOTSTRAP_ADMIN_PASSWORD="$KC_ADMIN_PASSWORD"
  export JAVA_OPTS_KC_HEAP="${SEND_KEYCLOAK_HEAP:--Xms64m -Xmx512m}"
  # JDK 24+: the JBoss threads library needs this (a stack trace on shutdown otherwise); harmless on 21.
  export JAVA_OPTS_APPEND="--add-opens=java.base/java.lang=ALL-UNNAMED $KEYCLOAK_JAVA_OPTS"
}

kc_fetch() {
  local v dir
  for v in $KEYCLOAK_VERSIONS; do
    dir="$SEND_HOME/cache/keycloak/dist-$v"
    if maven_fetch keycloak dependency:unpack-dependencies "$dir" "-Dkeycloak.version=$v"; then
      KC_HOME="$dir/keycloak-$v"
      KC_VERSION=$v
      [ -x "$KC_HOME/bin/kc.sh" ] || die "no $KC_HOME/bin/kc.sh after the fetch"
      return 0
    fi
    warn "Keycloak $v could not be fetched; trying the next version of: $KEYCLOAK_VERSIONS"
  done
  die "could not fetch Keycloak (versions tried: $KEYCLOAK_VERSIONS)"
}

# kc.sh build, once per distribution and set of build options.
kc_build() {
  local stamp="$KC_HOME/.send-build" want="${KC_BUILD_OPTS[*]}"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    return 0
  fi
  say "keycloak: kc.sh build ${KC_BUILD_OPTS[*]} (once)"
  kc_env
  run_step "$SEND_HOME/logs/keycloak-build.log" "$KC_HOME/bin/kc.sh" build "${KC_BUILD_OPTS[@]}" ||
    { tail -n 20 "$SEND_HOME/logs/keycloak-build.log" >&2; die "kc.sh build failed (log: $SEND_HOME/logs/keycloak-build.log)"; }
  printf '%s' "$want" >"$stamp"
  COLD+=(built-keycloak)
}

# Keycloak keeps its store under its home's data/: point that at SEND_HOME/data/keycloak.
kc_link_data() {
  local data="$SEND_HOME/data/keycloak"
  rm -rf "$data"
  mkdir -p "$data"
  if [ -e "$KC_HOME/data" ] && [ ! -L "$KC_HOME/data" ]; then
    rm -rf "$KC_HOME/data"
  fi
  ln -sfn "$data" "$KC_HOME/data"
}

kc_snapshot_key() {
  cat "$SEND_ROOT/deploy/keycloak/$KC_REALM-realm.json" <(printf '%s\n' "$KC_VERSION" "${KC_BUILD_OPTS[*]}" \
    "$KC_ADMIN_USER" "$KC_ADMIN_PASSWORD") | cksum | cut -d' ' -f1
}

# Imports the realm file into an empty store (kc.sh import) and keeps the store as the snapshot.
kc_snapshot() {
  local snap="$SEND_HOME/cache/keycloak/snapshot" key
  key=$(kc_snapshot_key)
  if [ -f "$snap/.key" ] && [ "$(cat "$snap/.key")" = "$key" ] && [ -d "$snap/h2" ]; then
    return 0
  fi
  say "keycloak: importing the realm file into a fresh store (once per change of $KC_REALM-realm.json)"
  kc_link_data
  kc_env
  run_step "$SEND_HOME/logs/keycloak-import.log" "$KC_HOME/bin/kc.sh" import --optimized --http-host=127.0.0.1 \
    --http-management-port="$KC_MANAGEMENT_PORT" --file "$SEND_ROOT/deploy/keycloak/$KC_REALM-realm.json" ||
    { tail -n 30 "$SEND_HOME/logs/keycloak-import.log" >&2; die "importing the realm failed (log: $SEND_HOME/logs/keycloak-import.log)"; }
  grep -q "Realm '$KC_REALM' imported" "$SEND_HOME/logs/keycloak-import.log" ||
    die "the import did not report realm $KC_REALM (log: $SEND_HOME/logs/keycloak-import.log)"
  rm -rf "$snap"
  mkdir -p "$snap"
  cp -a "$SEND_HOME/data/keycloak/h2" "$snap/h2"
  printf '%s' "$key" >"$snap/.key"
  COLD+=(imported-realm)
}

kc_prepare() {
  kc_build
  kc_snapshot
}

kc_start() {
  kc_link_data
  cp -a "$SEND_HOME/cache/keycloak/snapshot/h2" "$SEND_HOME/data/keycloak/h2"
  kc_env
  start_part keycloak "$SEND_HOME/logs/keycloak.log" "$KC_HOME/bin/kc.sh" start --optimized \
    --http-enabled=true --http-host=127.0.0.1 --http-port="$KC_PORT" \
    --hostname="$KC_URL" --cache=local --http-management-port="$KC_MANAGEMENT_PORT"
  unset KC_BOOTSTRAP_ADMIN_USERNAME KC_BOOTSTRAP_ADMIN_PASSWORD JAVA_OPTS_KC_HEAP JAVA_OPTS_APPEND
}

kc_ready() {
  http_ok "http://127.0.0.1:$KC_PORT/realms/$KC_REALM/.well-known/openid-configuration" &&
    http_ok "http://127.0.0.1:$KC_MANAGEMENT_PORT/health/ready"
}

