#!/usr/bin/env bash
# Benchmark, not a test: the time to assemble a generated township with all rules, in the real
# runtime (landcon.jar, every content and rule bundle deployed), cold and warm.
#
#   bench/assemble-township.sh [--polygons 200000] [--parcels 1000] [--repeat 6] [--seed 42]
#
# Needs a built platform (mvn -B -q install -DskipTests). Prints each assembly's time, the
# slowest rules of the last run, and the warm median; on a shared machine, read the load average.
set -euo pipefail
POLYGONS=200000; PARCELS=1000; REPEAT=6; SEED=42
while [ $# -gt 1 ]; do
  case "$1" in
    --polygons) POLYGONS=$2;; --parcels) PARCELS=$2;; --repeat) REPEAT=$2;; --seed) SEED=$2;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
  shift 2
done
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/landcon-assemble.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
M2=${HOME}/.m2/repository
CP=$ROOT/platform/spatial/target/classes:$ROOT/platform/api/target/classes
CP=$CP:$M2/org/locationtech/jts/jts-core/1.20.0/jts-core-1.20.0.jar
for a in databind core annotations; do CP=$CP:$M2/com/fasterxml/jackson/core/jackson-$a/2.18.2/jackson-$a-2.18.2.jar; done

echo "== generating $POLYGONS polygons, $PARCELS change parcels (seed $SEED)"
java -Xmx8g -cp "$CP" org.landcon.spatial.generator.GenerateMain --seed "$SEED" --polygons "$POLYGONS" \
  --parcels "$PARCELS" --out "$WORK/pkg"

echo "== assembling $REPEAT times in one runtime (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
cd "$WORK"
set +e
java -Xmx8g -Dlandcon.rule.timing=true -jar "$ROOT/distribution/target/landcon.jar" assemble "$WORK/pkg" \
  --out "$WORK/out" --repeat "$REPEAT" > "$WORK/run.log" 2>&1
rc=$?
set -e
grep -E "package read|assembly [0-9]+/|rule times" "$WORK/run.log" | sed 's/^[0-9:. ]*\[main\] INFO //'
echo "exit status $rc (0 no violation, 1 violations, 2 unusable)"
grep -E "assembly [0-9]+/" "$WORK/run.log" | awk '{print $(NF-1)}' | tail -n +2 | sort -n |
  awk '{a[NR]=$1} END {if (NR) printf "warm median: %.3f s over %d runs (first run excluded)\n", a[int((NR+1)/2)], NR}'
