# Sourced by ./vanban and ./mvnw: make sure JAVA_HOME points at a JDK 21 or newer.
# A clerk's machine may have an older default java beside a newer JDK under /usr/lib/jvm.
vanban_java_major() {
  # Fast path: the JDK's "release" file names its version; asking java itself starts a whole JVM
  # (tens of milliseconds on every vanban run).
  _vj_bin=$(command -v "$1" 2>/dev/null || echo "$1")
  _vj_home=$(dirname "$(dirname "$(readlink -f "$_vj_bin" 2>/dev/null || echo "$_vj_bin")")")
  _vj_v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$_vj_home/release" 2>/dev/null | head -n 1)
  if [ -n "$_vj_v" ]; then echo "$_vj_v"; return 0; fi
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -n 1
}
vanban_pick_java_home() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    v=$(vanban_java_major "$JAVA_HOME/bin/java"); [ "${v:-0}" -ge 21 ] && VANBAN_JAVA_MAJOR=$v && return 0
  fi
  if command -v java >/dev/null 2>&1; then
    v=$(vanban_java_major java)
    if [ "${v:-0}" -ge 21 ]; then
      JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")"); export JAVA_HOME
      VANBAN_JAVA_MAJOR=$v; return 0
    fi
  fi
  # find, not a glob: mvnw runs with "set -f".
  for d in $(find /usr/lib/jvm /opt/java /opt -mindepth 1 -maxdepth 1 2>/dev/null | sort -r); do
    [ -x "$d/bin/javac" ] || continue
    v=$(vanban_java_major "$d/bin/java")
    if [ "${v:-0}" -ge 21 ]; then JAVA_HOME=$d; export JAVA_HOME; VANBAN_JAVA_MAJOR=$v; return 0; fi
  done
  echo "vanban: cần JDK 21 trở lên (không tìm thấy). / vanban needs a JDK 21 or newer (none found)." >&2
  return 1
}
vanban_pick_java_home || exit 2
