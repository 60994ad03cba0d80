# Sourced by the repo's scripts: exports JAVA_HOME pointing at a JDK 21 or newer.
# Order: JAVA_HOME if it is 21+, else the newest 21+ JDK in the system's JVM folder.

jdk_major() { # prints the major version of the JDK at $1, or nothing
  local release="$1/release" v
  [ -x "$1/bin/java" ] || return 0
  if [ -f "$release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
  else
    v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
  fi
  printf '%s' "$v"
}

pick_jdk() {
  local best="" best_v=0 d v
  if [ -n "${JAVA_HOME:-}" ]; then
    v=$(jdk_major "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then printf '%s' "$JAVA_HOME"; return 0; fi
  fi
  local base
  for base in ${SEND_JVM_DIRS:-/usr/lib/jvm /usr/java /opt/java}; do
  for d in "$base"/*; do
    [ -d "$d" ] || continue
    v=$(jdk_major "$d")
    [ -n "$v" ] || continue
    if [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best="$d"; best_v="$v"; fi
  done
  done
  [ -n "$best" ] && printf '%s' "$(cd "$best" && pwd -P)"
}

_jdk=$(pick_jdk)
if [ -z "$_jdk" ]; then
  echo "error: no JDK 21 or newer found. Set JAVA_HOME to a JDK 21+ (or install one under /usr/lib/jvm)." >&2
  exit 1
fi
export JAVA_HOME="$_jdk"
export PATH="$JAVA_HOME/bin:$PATH"
unset _jdk
