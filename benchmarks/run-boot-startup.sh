#!/usr/bin/env bash
# What the agent adds to a Spring Boot executable jar, against what it adds on a flat class path, in
# alternating rounds of four processes (BENCHMARKS.md, "Spring Boot executable jars").
# Needs the app SpringBootJarIT builds: run `mvn -B verify` (or that test) first.
# Usage: benchmarks/run-boot-startup.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-11}
app=end-to-end/target/e2e/spring-boot-jar
agent=agent/target/premain-agent.jar
api=$(ls agent-api/target/premain-api-*.jar | grep -v -e sources -e javadoc | head -1)
flat="$app/target/classes:$app/lib/boot-lib.jar:$api"
[ -f "$app/target/boot-app.jar" ] || { echo "no $app/target/boot-app.jar: run mvn -B verify first" >&2; exit 1; }
timed() { /usr/bin/time -o /tmp/premain-boot-time -f "%e" "$@" >/dev/null 2>&1 || true; tail -1 /tmp/premain-boot-time; }
for i in 1 2 3; do # warm-up, and the scan cache
  java -jar "$app/target/boot-app.jar" >/dev/null 2>&1 || true
  java -javaagent:"$agent" -jar "$app/target/boot-app.jar" >/dev/null 2>&1
  java -javaagent:"$agent" -cp "$flat" boot.App >/dev/null 2>&1
done
for i in $(seq "$rounds"); do
  echo "$(timed java -jar "$app/target/boot-app.jar") $(timed java -javaagent:"$agent" -jar "$app/target/boot-app.jar")" \
       "$(timed java -cp "$flat" boot.App) $(timed java -javaagent:"$agent" -cp "$flat" boot.App)"
done | python3 -c '
import sys, statistics as st
r = [list(map(float, l.split())) for l in sys.stdin if l.strip()]
m = lambda i: st.median(x[i] for x in r)
print("rounds %d; medians (s): boot %.3f, boot+agent %.3f, flat %.3f, flat+agent %.3f" % (len(r), m(0), m(1), m(2), m(3)))
boot = st.median(b - a for a, b, c, d in r); flat = st.median(d - c for a, b, c, d in r)
print("the agent adds: boot %.0f ms, flat %.0f ms; paired median of the difference %.0f ms"
      % (boot * 1000, flat * 1000, st.median((b - a) - (d - c) for a, b, c, d in r) * 1000))'
