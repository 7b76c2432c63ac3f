#!/usr/bin/env bash
# Benchmark, not a test: the time to assemble a generated township with all rules, in the real
# runtime (landcon.jar, every content and rule bundle deployed), cold and warm.
#
#   bench/assemble-township.sh [--polygons 200000] [--parcels 1000] [--repeat 10] [--seed 42] [--jvm "-XX:+UseParallelGC"]
#
# Needs a built platform (mvn -B -q install -DskipTests). Prints each assembly's time with its
# stage times and slowest rules, and two medians: of every run but the first, and of the last
# half, once the JIT has compiled the hot paths and the package read's garbage is collected
# (the first few runs after a 200k read carry young-GC pauses of up to 0.9 s). On a shared
# machine, read the load average. --jvm adds options to the platform's JVM (default: -Xmx8g and
# the JVM's own choices, G1 on this machine); G1 sizes its young generation for 200 ms pauses and
# then collects often, so with -XX:+UseParallelGC or -Xmn2g the warm runs are about 30 % faster.
set -euo pipefail
POLYGONS=200000; PARCELS=1000; REPEAT=10; SEED=42; JVM=
while [ $# -gt 1 ]; do
  case "$1" in
    --polygons) POLYGONS=$2;; --parcels) PARCELS=$2;; --repeat) REPEAT=$2;; --seed) SEED=$2;; --jvm) JVM=$2;;
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

echo "== assembling $REPEAT times in one runtime, JVM options: -Xmx8g $JVM (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
cd "$WORK"
set +e
# shellcheck disable=SC2086
java -Xmx8g $JVM -Dlandcon.rule.timing=true -jar "$ROOT/distribution/target/landcon.jar" assemble "$WORK/pkg" \
  --out "$WORK/out" --repeat "$REPEAT" > "$WORK/run.log" 2>&1
rc=$?
set -e
grep -E "package read|assembly [0-9]+/|rule times|stage times" "$WORK/run.log" | sed 's/^[0-9:. ]*\[main\] INFO //'
echo "exit status $rc (0 no violation, 1 violations, 2 unusable)"
TIMES=$(grep -E "assembly [0-9]+/" "$WORK/run.log" | awk '{print $(NF-1)}')
median() { sort -n | awk '{a[NR]=$1} END {if (NR) printf "%.3f s over %d runs", a[int((NR+1)/2)], NR}'; }
N=$(echo "$TIMES" | wc -l)
echo "median, first run excluded: $(echo "$TIMES" | tail -n +2 | median)"
echo "warm median, last half:     $(echo "$TIMES" | tail -n $(( N / 2 )) | median)"
