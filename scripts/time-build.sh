#!/usr/bin/env bash
# Wall time of the two ways to build the site, median of N runs (default 5):
#   1. `mvn -q package` (compile, test, jar, site), offline so that downloads do not count;
#   2. `java -jar target/gloss.jar build` alone, a cold JVM each run.
# Usage: scripts/time-build.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
# Times one run into the file $1; a run that fails is no measurement, so the script stops.
timed() { local into=$1 start end; shift; start=$(date +%s.%N)
  if ! "$@" >/dev/null 2>&1; then
    echo "time-build: '$*' failed; run it by hand to see why" >&2; exit 1
  fi
  end=$(date +%s.%N); echo "$end - $start" | bc -l >> "$into"; }

mvn -q -o package -DskipTests >/dev/null 2>&1 || mvn -q package -DskipTests >/dev/null
work=$(mktemp -d)
for _ in $(seq "$runs"); do timed "$work/package" mvn -q -o package; done
for _ in $(seq "$runs"); do timed "$work/build" java -jar target/gloss.jar build --out "$work/site"; done
printf 'mvn -q package            median of %d: %.2f s\n' "$runs" "$(median < "$work/package")"
printf 'java -jar gloss.jar build median of %d: %.2f s\n' "$runs" "$(median < "$work/build")"
