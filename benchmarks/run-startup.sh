#!/usr/bin/env bash
# The startup benchmark, one command (SPEC §6). Times whole JVM processes of every variant (bare JVM,
# empty agent, hand-written reference agents, ServiceLoader, raw ClassGraph, Premain's modes) on
# several class paths in interleaved rounds, then the JDK 25 AOT cache, and writes
# benchmarks/target/startup.md.
#
# Usage: benchmarks/run-startup.sh [--rounds N] [--quick] [--sets LIST] [--aot-sets LIST]
#   --rounds N       timed rounds per class path (default 11)
#   --quick          3 rounds, syn1k only (plus its AOT comparison): a smoke run of a few minutes
#   --sets LIST      class paths, comma-separated (default small,syn1k,syn10k,syn50k,spring)
#   --aot-sets LIST  class paths of the JDK 25 AOT comparison (default small,spring; "" for none)
# Environment: JAVA17 (default: java on PATH), JAVA25 (default: the Temurin 25 JDK; AOT is skipped
# if it is missing), BASELINE_AGENT (an earlier premain-agent.jar: adds premain-indexed-before and
# premain-indexed-cache-before, the same runs with that jar, for before/after ratios in one run).
set -euo pipefail

rounds=11
sets=small,syn1k,syn10k,syn50k,spring
aot_sets=small,spring
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds=${2:?--rounds needs a number}; shift 2 ;;
    --quick) rounds=3; sets=syn1k; aot_sets=syn1k; shift ;;
    --sets) sets=${2:?--sets needs a list}; shift 2 ;;
    --aot-sets) aot_sets=${2?--aot-sets needs a list}; shift 2 ;;
    *) echo "usage: $0 [--rounds N] [--quick] [--sets LIST] [--aot-sets LIST]" >&2; exit 2 ;;
  esac
done
command_line="benchmarks/run-startup.sh --rounds $rounds --sets $sets --aot-sets '$aot_sets'"

here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
# Why ../shared: the shared benchmark inputs live beside the repository (so in CI too).
shared=$(cd "$repo/../shared/bench" && pwd)
java17=${JAVA17:-java}
java25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
target=$here/target
work=$target/startup
cpdir=$target/cp
api_jar=$repo/agent-api/target/premain-api-0.1.0-SNAPSHOT.jar
processor_jar=$repo/processor/target/premain-processor-0.1.0-SNAPSHOT.jar
agent_jar=$repo/agent/target/premain-agent.jar
say() { echo "[startup] $*" >&2; }

# 1. Build what is missing: the agent, the API and the processor, then this module.
if [ ! -f "$agent_jar" ] || [ ! -f "$api_jar" ] || [ ! -f "$processor_jar" ] \
  || [ ! -d ~/.m2/repository/dev/premain/premain-api ]; then
  say "building the agent: mvn -B -q install -DskipTests"
  (cd "$repo" && mvn -B -q install -DskipTests)
fi
say "building the benchmarks module"
(cd "$repo" && mvn -B -q -Pbench -pl benchmarks package -DskipTests)
classes=$target/classes

# 2. Snapshot the jars under test, so a rebuild during the run cannot change them halfway.
rm -rf "$work/lib" "$work/agents" "$work/app" "$work"/app-*.jar "$work/cache" "$work/aot"
mkdir -p "$work/lib" "$work/agents"
cp "$agent_jar" "$work/lib/premain-agent.jar"
cp "$api_jar" "$work/lib/premain-api.jar"
cp "$processor_jar" "$work/lib/premain-processor.jar"
cp "$target/lib/classgraph.jar" "$work/lib/classgraph.jar"
rm -f "$work/lib/premain-agent-before.jar"
if [ -n "${BASELINE_AGENT:-}" ]; then
  cp "$BASELINE_AGENT" "$work/lib/premain-agent-before.jar"
fi

# 3. The class paths: syn1k/syn10k/syn50k from the shared generator, and the Spring Boot one.
"$shared/make-classpaths.sh" "$cpdir" >&2
if [[ ",$sets,$aot_sets," == *,spring,* ]] && ! ls "$cpdir"/spring/*.jar >/dev/null 2>&1; then
  say "resolving the Spring Boot class path"
  mvn -B -q -f "$shared/spring-boot-classpath.pom.xml" dependency:copy-dependencies -DincludeScope=runtime \
    -DoutputDirectory="$cpdir/spring"
fi

# 4. The app: generated sources, compiled twice. With Premain's processor the jar carries
#    META-INF/premain/index/*.idx; the -proc:none twin has no index, for the scanning variants.
java -cp "$classes" dev.premain.bench.AppGenerator "$work/app"
mapfile -t sources < <(find "$work/app/src" -name '*.java' | sort)
build_app() { # NAME JAVAC-PROCESSOR-OPTIONS...
  local name=$1; shift
  javac --release 17 -cp "$work/lib/premain-api.jar" "$@" -d "$work/app/$name" "${sources[@]}"
  cp -r "$work/app/resources/." "$work/app/$name/"
  jar --create --file "$work/app-$name.jar" --date=2026-11-21T00:00:00Z -C "$work/app/$name" .
}
# Why the API on the processor path too: the processor applies premain-api's rulebook.
build_app indexed -processorpath "$work/lib/premain-processor.jar:$work/lib/premain-api.jar" \
  -processor dev.premain.processor.PremainProcessor
build_app plain -proc:none
# Why listings in variables: `unzip -l | grep -q` fails under pipefail when grep exits first.
indexed_list=$(unzip -l "$work/app-indexed.jar"); plain_list=$(unzip -l "$work/app-plain.jar")
[[ $indexed_list == *META-INF/premain/index/*.idx* ]] \
  || { echo "app-indexed.jar has no Premain index: is the processor in $processor_jar?" >&2; exit 1; }
[[ $plain_list != *META-INF/premain/index/* ]] || { echo "app-plain.jar must not carry an index" >&2; exit 1; }

# 5. The comparison agents, each its own tiny jar with a Premain-Class.
agent() { # NAME CLASS [CLASS-PATH] -- the agent's class files
  local name=$1 main=$2 cp=$3; shift 3
  local manifest=$work/agents/$name.mf
  { echo "Premain-Class: dev.premain.bench.agent.$main"; [ -n "$cp" ] && echo "Class-Path: $cp"; } > "$manifest"
  local files=()
  for f in "$@"; do files+=(-C "$classes" "dev/premain/bench/agent/$f"); done
  jar --create --file "$work/agents/$name-agent.jar" --manifest "$manifest" "${files[@]}"
}
(cd "$classes/dev/premain/bench/agent" && ls ServiceLoaderAgent*.class ClassGraphAgent*.class) > "$work/agents/list"
agent empty EmptyAgent "" EmptyAgent.class
agent reference ReferenceAgent "" ReferenceAgent.class ListedCtors.class
agent reference-full ReferenceFullAgent "" ReferenceFullAgent.class ReferenceAgent.class ListedCtors.class
agent serviceloader ServiceLoaderAgent "" $(grep ServiceLoader "$work/agents/list")
# Why Class-Path: the JVM appends an agent jar to the class path and follows its manifest Class-Path.
agent classgraph ClassGraphAgent "../lib/classgraph.jar" $(grep ClassGraph "$work/agents/list") ListedCtors.class

# 6. Time everything and write the report.
aot_args=()
if [ -x "$java25" ]; then
  aot_args=(--java25 "$java25" --aot-sets "$aot_sets")
else
  say "no JDK 25 at $java25: skipping the AOT cache comparison"
fi
"$java17" -Xmx512m -XX:+UseSerialGC -cp "$classes" dev.premain.bench.StartupBench \
  --work "$work" --classpaths "$cpdir" --java "$(command -v "$java17")" --rounds "$rounds" --sets "$sets" \
  --out "$target/startup.md" --command "$command_line" "${aot_args[@]}" \
  --agent-version "premain-agent.jar sha256 $(sha256sum "$work/lib/premain-agent.jar" | cut -c1-12), built $(date -u -r "$agent_jar" +%FT%TZ); repository at $(git -C "$repo" describe --always --dirty)"
echo "$target/startup.md"
