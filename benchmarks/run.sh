#!/usr/bin/env bash
# Builds the benchmarks (tests skipped) and runs, about 7 minutes on 2 cores:
#   1. every JMH benchmark with the short settings in their annotations (one fork each), with -prof gc;
#   2. SideBySide: measurements 1-3 and 5 again, interleaved in one JVM, for paired ratios robust to a changing load.
# Writes to benchmarks/results/:
#   jmh-result.json, jmh-output.txt   JMH's results and log     side-by-side.json  the interleaved results
#   results.md   the table (also printed)                       environment.txt    machine, JDK, load before/after
#   paging-*.properties  heap facts of the -Xmx64m paging fork
# Extra arguments go to JMH, e.g.  benchmarks/run.sh Decode   or   benchmarks/run.sh -prof stack Decode.sdk
# SKIP_BUILD=1 reuses benchmarks/target/benchmarks.jar; SKIP_SIDE_BY_SIDE=1 skips step 2.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
results="$here/results"
jar="$here/target/benchmarks.jar"
mkdir -p "$results"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  (cd "$root" && mvn -B -q -pl benchmarks -am -Dmaven.test.skip=true package)
fi

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "git: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$root" diff --quiet 2>/dev/null || echo ' (working tree has uncommitted changes)')"
  echo "cpus: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "memory: $(free -h | awk '/^Mem:/ {print $2}')"
  echo "java: $(java -version 2>&1 | tr '\n' ' ')"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$results/environment.txt"

# run from a private copy: a concurrent build of the reactor may rewrite target/ while the forks start
run_jar="$(mktemp -t cotool-benchmarks.XXXXXX.jar)"
trap 'rm -f "$run_jar"' EXIT
cp "$jar" "$run_jar"

export BENCH_RESULTS_DIR="$results"
rm -f "$results"/paging-*.properties
java -jar "$run_jar" -prof gc -rf json -rff "$results/jmh-result.json" "$@" 2>&1 | tee "$results/jmh-output.txt"
echo "load after JMH: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$results/environment.txt"
if [ "${SKIP_SIDE_BY_SIDE:-0}" != 1 ]; then
  java -cp "$run_jar" ai.cotool.bench.SideBySide 200 15 "$results/side-by-side.json"
  echo "load after side-by-side: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$results/environment.txt"
fi

java -cp "$run_jar" ai.cotool.bench.ResultsTable "$results" > "$results/results.md"
echo
cat "$results/environment.txt"
echo
cat "$results/results.md"
