#!/usr/bin/env bash
# Benchmark, not a test: our accounting overlay + balance (JTS, platform/spatial) against the same
# overlay as SQL in PostgreSQL/PostGIS, on one generated township (200 000 DLTB, 1 000 change
# parcels by default), both warm, median of several runs, on this machine.
#
#   bench/overlay-vs-postgis.sh [--polygons 200000] [--parcels 1000] [--iterations 15] [--seed 42]
#
# The machine may be shared: both medians and best runs are printed, with the load average.
#
# Starts its own PostgreSQL on 127.0.0.1 (a free port, a temp data dir, run as the postgres user),
# records the postmaster's pid and stops it by that pid on exit, also on failure.
set -euo pipefail

POLYGONS=200000; PARCELS=1000; ITERATIONS=15; SEED=42
while [ $# -gt 1 ]; do
  case "$1" in
    --polygons) POLYGONS=$2;; --parcels) PARCELS=$2;; --iterations) ITERATIONS=$2;; --seed) SEED=$2;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
  shift 2
done

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SPATIAL=$ROOT/platform/spatial
PGBIN=/usr/lib/postgresql/15/bin
WORK=$(mktemp -d /tmp/landcon-bench.XXXXXX)
chmod 755 "$WORK"
PGPID=""

cleanup() {
  if [ -n "$PGPID" ] && kill -0 "$PGPID" 2>/dev/null; then
    kill -INT "$PGPID"                      # fast shutdown of the postmaster we started
    for _ in $(seq 1 50); do kill -0 "$PGPID" 2>/dev/null || break; sleep 0.2; done
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== build platform/spatial"
(cd "$SPATIAL" && mvn -B -q -o install -DskipTests >/dev/null \
  && mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null)
CP="$SPATIAL/target/classes:$SPATIAL/target/test-classes:$(cat "$WORK/cp.txt")"

echo "== ours: generate $POLYGONS DLTB, $PARCELS change parcels (seed $SEED), overlay + balance x $ITERATIONS"
java -Xmx8g -cp "$CP" org.landcon.spatial.bench.OverlayBenchmark --seed "$SEED" --polygons "$POLYGONS" \
  --parcels "$PARCELS" --iterations "$ITERATIONS" --csv "$WORK/csv" | tee "$WORK/ours.txt"
chmod -R a+rX "$WORK/csv"
OURS=$(grep '^ours_median_s=' "$WORK/ours.txt" | cut -d= -f2)
OURS_MIN=$(grep '^ours_runs_s=' "$WORK/ours.txt" | sed 's/.*\[//; s/,.*//')

if [ ! -f /usr/share/postgresql/15/extension/postgis.control ]; then
  echo "== installing PostGIS"
  DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql-15-postgis-3 >/dev/null
fi

echo "== PostgreSQL + PostGIS on 127.0.0.1"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$WORK/pg" "$WORK/sock"; chown postgres "$WORK/pg" "$WORK/sock"
AS_PG="runuser -u postgres --"
$AS_PG "$PGBIN/initdb" -D "$WORK/pg/data" -A trust -U postgres >/dev/null
$AS_PG "$PGBIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/log" -w start \
  -o "-p $PORT -k $WORK/sock -c listen_addresses=127.0.0.1 -c shared_buffers=1GB -c work_mem=256MB \
      -c max_parallel_workers_per_gather=2 -c jit=off -c fsync=off -c synchronous_commit=off" >/dev/null
PGPID=$(head -1 "$WORK/pg/data/postmaster.pid")
echo "postmaster pid $PGPID, port $PORT"
PSQL="$AS_PG psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $PORT -U postgres -d postgres"

echo "== load"
$PSQL <<SQL
CREATE EXTENSION postgis;
CREATE TABLE dltb_raw (bsm text, dlbm text, tbmj float8, kcmj float8, tbdlmj float8, wkt text);
CREATE TABLE parcels_raw (id text, todlbm text, tokcxs float8, wkt text);
\copy dltb_raw FROM '$WORK/csv/dltb.tsv'
\copy parcels_raw FROM '$WORK/csv/parcels.tsv'
CREATE TABLE dltb AS SELECT bsm, dlbm, tbmj, kcmj, tbdlmj, ST_GeomFromText(wkt, 4523) AS geom FROM dltb_raw;
CREATE TABLE parcels AS SELECT id, todlbm, tokcxs, ST_GeomFromText(wkt, 4523) AS geom FROM parcels_raw;
CREATE INDEX dltb_geom ON dltb USING gist (geom);
CREATE INDEX parcels_geom ON parcels USING gist (geom);
VACUUM ANALYZE dltb; VACUUM ANALYZE parcels;
SQL
$PSQL -t -A -c "SELECT version() || ' / PostGIS ' || postgis_lib_version() || ' / GEOS ' || postgis_geos_version()"

# The accounting convention as SQL: pieces f = overlap / area of the DLTB polygon, then the balance
# after = before − what pieces take out + what they put in, per class (as Balances.of does).
balance_sql() {  # $1 = expression for f
cat <<SQL
WITH pieces AS (
  SELECT d.dlbm, c.todlbm, c.tokcxs, d.tbmj, d.kcmj, d.tbdlmj, $1 AS f
  FROM parcels c JOIN dltb d ON ST_Intersects(c.geom, d.geom)),
moves AS (
  SELECT dlbm AS cls, tbdlmj AS delta FROM dltb
  UNION ALL SELECT '1203', kcmj FROM dltb WHERE kcmj <> 0
  UNION ALL SELECT dlbm, -f * tbdlmj FROM pieces
  UNION ALL SELECT '1203', -f * kcmj FROM pieces
  UNION ALL SELECT COALESCE(todlbm, dlbm),
      CASE WHEN todlbm IS NULL AND tokcxs IS NULL THEN f * tbdlmj ELSE f * tbmj * (1 - COALESCE(tokcxs, 0)) END FROM pieces
  UNION ALL SELECT '1203',
      CASE WHEN todlbm IS NULL AND tokcxs IS NULL THEN f * kcmj ELSE f * tbmj * COALESCE(tokcxs, 0) END FROM pieces)
SELECT cls, sum(delta) FROM moves GROUP BY cls ORDER BY cls;
SQL
}
PLAIN="LEAST(1.0, ST_Area(ST_Intersection(c.geom, d.geom)) / ST_Area(d.geom))"
COVERS="CASE WHEN ST_CoveredBy(d.geom, c.geom) THEN 1.0 ELSE LEAST(1.0, ST_Area(ST_Intersection(c.geom, d.geom)) / ST_Area(d.geom)) END"

time_sql() {  # $1 = label, $2 = f expression; 2 warm-up runs, then $ITERATIONS timed runs
  { echo '\o /dev/null'; for _ in 1 2; do balance_sql "$2"; done; echo '\timing on';
    for _ in $(seq 1 "$ITERATIONS"); do balance_sql "$2"; done; } > "$WORK/$1.sql"
  $PSQL -f "$WORK/$1.sql" | grep '^Time:' | awk '{print $2/1000}' | sort -g > "$WORK/$1.times"
  echo "postgis_${1}_runs_s=$(paste -sd, "$WORK/$1.times")" >&2
  sed -n "$(( (ITERATIONS + 1) / 2 ))p" "$WORK/$1.times"
}

echo "== PostGIS: same overlay + balance x $ITERATIONS (warm)"
PG_PLAIN=$(time_sql plain "$PLAIN")
PG_COVERS=$(time_sql covers "$COVERS")

echo "== cross-check: pieces and overlap area"
$PSQL -t -A -F' ' -c "SELECT 'postgis_pieces=' || count(*), 'postgis_overlap_m2=' || round(sum(a)::numeric, 4)
  FROM (SELECT ST_Area(ST_Intersection(c.geom, d.geom)) a FROM parcels c JOIN dltb d ON ST_Intersects(c.geom, d.geom)) s
  WHERE a >= 1e-6"
grep -E '^(pieces|overlap_m2)=' "$WORK/ours.txt" | tr '\n' ' '; echo
balance_sql "$PLAIN" | $PSQL -t -A -F $'\t' > "$WORK/postgis-balance.tsv"
join -t $'\t' <(sort "$WORK/csv/balance-after.tsv") <(sort "$WORK/postgis-balance.tsv") | awk -F'\t' '
  { d = $2 - $3; if (d < 0) d = -d; m = ($2 < 0 ? -$2 : $2); if (d > 1e-6 * (m > 1 ? m : 1)) { bad++; print "differs: " $0 } n++ }
  END { printf "balance after, per class: %d classes, %d differ by more than 1e-6 relative\n", n, bad }'

BEST=$(printf '%s\n%s\n' "$PG_PLAIN" "$PG_COVERS" | sort -g | head -1)
PG_MIN=$(cat "$WORK/plain.times" "$WORK/covers.times" | sort -g | head -1)
echo "== result ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
printf 'ours (JTS, overlay + balance, median): %8.4f s\n' "$OURS"
printf 'PostGIS, ST_Intersects + ST_Area(ST_Intersection) (median): %8.4f s\n' "$PG_PLAIN"
printf 'PostGIS, with ST_CoveredBy shortcut (median): %8.4f s\n' "$PG_COVERS"
printf 'ratio of medians, PostGIS (faster variant) / ours: %.1fx\n' "$(echo "$BEST / $OURS" | bc -l)"
printf 'best runs: ours %.4f s, PostGIS %.4f s, ratio %.1fx\n' "$OURS_MIN" "$PG_MIN" "$(echo "$PG_MIN / $OURS_MIN" | bc -l)"
