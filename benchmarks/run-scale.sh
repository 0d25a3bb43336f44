#!/usr/bin/env bash
# The scale series (issue 12): whole-process start at 1k / 10k / 100k / 1M items and 100 / 1k / 10k
# ctors, with a build-time class-path index and cold, against the bare JVM, in interleaved rounds;
# writes benchmarks/target/scale.md with each point's cost and its growth factor per 10×.
#
# Usage: benchmarks/run-scale.sh [--rounds N]   (default 3; JAVA17 picks the java, as run-startup.sh)
set -euo pipefail

rounds=3
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds=${2:?--rounds needs a number}; shift 2 ;;
    *) echo "usage: $0 [--rounds N]" >&2; exit 2 ;;
  esac
done
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
java17=${JAVA17:-java}
target=$here/target
agent_jar=$repo/agent/target/premain-agent.jar
api_jar=$repo/agent-api/target/premain-api-0.1.0-SNAPSHOT.jar
if [ ! -f "$agent_jar" ] || [ ! -f "$api_jar" ]; then
  (cd "$repo" && mvn -B -q install -DskipTests)
fi
(cd "$repo" && mvn -B -q -Pbench -pl benchmarks package -DskipTests)
work=$target/scale
rm -rf "$work" && mkdir -p "$work/lib"
# Why copies: a rebuild during the run must not change the jars under test halfway.
cp "$agent_jar" "$work/lib/premain-agent.jar"
cp "$api_jar" "$work/lib/premain-api.jar"
"$java17" -Xmx1g -cp "$target/benchmarks.jar" dev.premain.bench.ScaleBench --work "$work" \
  --agent "$work/lib/premain-agent.jar" --api "$work/lib/premain-api.jar" --java "$(command -v "$java17")" \
  --rounds "$rounds" --out "$target/scale.md" --command "benchmarks/run-scale.sh --rounds $rounds"
echo "$target/scale.md"
