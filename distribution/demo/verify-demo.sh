#!/usr/bin/env bash
# Checks the two demo packages with the platform CLI (build first: mvn -B -q install -DskipTests):
#  - ningxia-demo assembles with exit 0 and no violation;
#  - ningxia-violations assembles with exit 1, and every rule listed in plan.json "rules" has the
#    verdict it is meant to have: warning for FARM-RIVER, FARM-SLOPE, FARM-SUPPLY-QUALITY, PBF-LAYOUT and
#    ECO-IMPROVE, info for PROC-APPROVAL, pass for PLAN-GEOMETRY (the package reader refuses every
#    geometry that rule would flag), violation for every other rule; and each rule's verdict names
#    the deliberate parcel made for it (V-<RULE>/n, see README.md).
# Usage: distribution/demo/verify-demo.sh [path/to/landcon.jar]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="${1:-$here/../target/landcon.jar}"
jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"
[ -f "$jar" ] || { echo "no $jar: run mvn -B -q install -DskipTests first" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

assemble() { # package name, expected exit code
  local name="$1" want="$2" rc=0
  mkdir -p "$work/$name"
  (cd "$work/$name" && java -jar "$jar" assemble "$here/$name" --out "$work/$name/out" \
      >"$work/$name/stdout" 2>"$work/$name/stderr") || rc=$?
  echo "== $name: exit $rc (expected $want)"
  grep -E '^  [A-Z]' "$work/$name/stdout" || true
  if [ "$rc" != "$want" ]; then
    echo "FAIL: $name exits $rc, not $want" >&2
    tail -20 "$work/$name/stderr" >&2
    exit 1
  fi
}

assemble ningxia-demo 0
assemble ningxia-violations 1

python3 - "$work" <<'EOF'
import json, sys
work = sys.argv[1]
failures = []

demo = json.load(open(work + '/ningxia-demo/out/plan.json'))
for v in demo['verdicts']:
    if v['verdict'] == 'violation':
        failures.append('ningxia-demo: %s is a violation: %s' % (v['rule'], v['message']))
print('ningxia-demo: %d rules, %s' % (len(demo['rules']), ', '.join('%d %s' % (n, k) for k, n in sorted(
    {k: sum(1 for v in demo['verdicts'] if v['verdict'] == k) for k in {v['verdict'] for v in demo['verdicts']}}.items()))))

EXPECTED = {'FARM-RIVER': 'warning', 'FARM-SLOPE': 'warning', 'FARM-SUPPLY-QUALITY': 'warning', 'PBF-LAYOUT': 'warning',
            'ECO-IMPROVE': 'warning', 'PROC-APPROVAL': 'info', 'PLAN-GEOMETRY': 'pass'}
CAUSE = {'PBF-QTY': 'V-PBF-CAP', 'PBF-LAYOUT': 'V-PBF-QUALITY'}       # default: V-<RULE>
NO_CAUSE = {'PROC-APPROVAL', 'PLAN-GEOMETRY'}
plan = json.load(open(work + '/ningxia-violations/out/plan.json'))
verdicts = {v['rule']: v for v in plan['verdicts']}
ids = {r['id'] for r in plan['rules']}
if ids != set(verdicts):
    failures.append('rules %s have no verdict, verdicts %s no rule' % (ids - set(verdicts), set(verdicts) - ids))
for rule in sorted(ids):
    v = verdicts.get(rule)
    if v is None:
        continue
    want = EXPECTED.get(rule, 'violation')
    cause = CAUSE.get(rule, 'V-' + rule)
    named = [f for f in v.get('features', []) if f == cause or f.startswith(cause + '/')]   # parcel or sub-project
    ok = v['verdict'] == want and (rule in NO_CAUSE or named)
    print('%-4s %-22s %-10s (expected %-9s) %s' % ('ok' if ok else 'FAIL', rule, v['verdict'], want,
                                                    ', '.join(named[:3]) if named else '-'))
    if not ok:
        failures.append('ningxia-violations: %s is %s (expected %s), deliberate parcels named: %s'
                        % (rule, v['verdict'], want, named or 'none'))
approval = verdicts.get('PROC-APPROVAL', {}).get('figures', {}).get('chain', [])
if approval != ['county', 'region-nr', 'region-gov', 'ministry-filing']:
    failures.append('PROC-APPROVAL chain is %s, not the longest one' % approval)
if failures:
    print('\n'.join('FAIL: ' + f for f in failures), file=sys.stderr)
    sys.exit(1)
print('OK: ningxia-demo has no violation; ningxia-violations gives every one of its %d rules the expected verdict' % len(ids))
EOF
