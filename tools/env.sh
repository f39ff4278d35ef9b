# Shared by ./marsad and ./build: find a JDK >= 21 and a Maven, exporting JAVA_HOME and MVN.
# Sourced, not run. Nothing here is downloaded except Maven itself, from Maven Central, when no
# `mvn` is on the PATH.

MARSAD_ROOT=${MARSAD_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
MAVEN_VERSION=3.9.9

java_major() {
  "$1" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1])}'
}

find_java() {
  local c major newest=0
  local found=()
  [ -n "${JAVA_HOME:-}" ] && found+=("$JAVA_HOME/bin/java")
  command -v java >/dev/null 2>&1 && found+=("$(command -v java)")
  # then every JDK under the usual folders, newest first
  while IFS= read -r c; do found+=("$c"); done < <(
    for c in /usr/lib/jvm/*/bin/java /opt/java/*/bin/java; do
      [ -x "$c" ] && echo "$(java_major "$c") $c"
    done | sort -rn | cut -d' ' -f2-)
  for c in "${found[@]}"; do
    [ -x "$c" ] && [ -x "$(dirname "$c")/javac" ] || continue
    major=$(java_major "$c")
    [ -n "$major" ] || continue
    [ "$major" -gt "$newest" ] && newest=$major
    if [ "$major" -ge 21 ]; then
      JAVA_HOME=$(cd "$(dirname "$c")/.." && pwd)
      export JAVA_HOME
      return
    fi
  done
  echo "marsad: needs a Java Development Kit 21 or newer (newest found: ${newest})." >&2
  echo "  Install one (e.g. Temurin 25, or 'apt-get install openjdk-21-jdk') or set JAVA_HOME to it." >&2
  exit 1
}

find_maven() {
  if command -v mvn >/dev/null 2>&1; then
    MVN=$(command -v mvn)
    return
  fi
  local dir="${MARSAD_TOOLS:-$HOME/.marsad/tools}/apache-maven-$MAVEN_VERSION"
  if [ ! -x "$dir/bin/mvn" ]; then
    echo "marsad: no 'mvn' on the PATH; fetching Apache Maven $MAVEN_VERSION from Maven Central into $dir" >&2
    "$JAVA_HOME/bin/java" "$MARSAD_ROOT/tools/FetchMaven.java" "$MAVEN_VERSION" "$(dirname "$dir")" >&2 || {
      echo "marsad: could not fetch Maven; install it (apt-get install maven) and retry" >&2
      exit 1
    }
  fi
  MVN="$dir/bin/mvn"
}
