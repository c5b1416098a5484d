#!/usr/bin/env bash
# Wall time of the two ways to build the site, median of N runs (default 5):
#   1. `mvn -q package` (compile, test, jar, site), offline so that downloads do not count;
#   2. `java -jar target/gloss.jar build` alone, a cold JVM each run.
# Usage: scripts/time-build.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
# A run that fails is no measurement: stop and say so rather than time how fast it failed.
seconds() { local start end; start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || { echo "time-build: '$*' failed; run it by hand to see why" >&2; exit 1; }
  end=$(date +%s.%N); echo "$end - $start" | bc -l; }

mvn -q -o package -DskipTests >/dev/null 2>&1 || mvn -q package -DskipTests >/dev/null
out=$(mktemp -d)/site
package=$(for _ in $(seq "$runs"); do seconds mvn -q -o package; done | median)
build=$(for _ in $(seq "$runs"); do seconds java -jar target/gloss.jar build --out "$out"; done | median)
printf 'mvn -q package            median of %d: %.2f s\n' "$runs" "$package"
printf 'java -jar gloss.jar build median of %d: %.2f s\n' "$runs" "$build"
