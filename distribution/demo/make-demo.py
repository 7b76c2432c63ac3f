#!/usr/bin/env python3
"""Builds the two demo plan packages from a synthetic township (python3 + GDAL's ogr2ogr, no extra packages).

    python3 distribution/demo/make-demo.py            # writes ningxia-demo/ and ningxia-violations/

1. The synthetic township generator (platform/spatial, GenerateMain) writes a township of the
   Ningxia Yellow River plain: SEED, POLYGONS and PARCELS below; 贺兰县 640122, township 640122102.
2. ningxia-demo: the generator's change parcels, cleaned into a plan that passes every rule:
   - replaced: its pbf-out / pbf-in (so that 补划 joins existing PBF tracts and 先补后调 holds),
     its redline-exit (it was on 梯田); demolitions name their resettlement (the generator groups
     them before the resettlements exist) and start after it finishes;
   - added (whole 地类图斑, kept 0.3 m inside their edges): a PBF patch inside the urban development
     boundary taken out with a field-survey opinion (its YJJBNT polygon is added to the controls),
     补划 next to PBF tracts, 河湖管理范围 and > 25° slope farmland retired, red-line farmland
     (not terraces) retired, homestead demolitions until the 增减挂钩 surplus covers what is built;
   - then "assemble with the CLI, fix what a verdict names, repeat": a parcel named by ECO-WATER,
     ECO-DEFOREST, ECO-REDLINE-OCCUPY, ECO-TREES, LAND-HERITAGE, IND-LAND-SOURCE (PBF) or FARM-SLOPE
     is redrawn to leave out the ditch, pond, wood, red line, tree radius, heritage zone, PBF or
     steep field (with a 0.5 m margin), as a designer would; a parcel that then keeps less than a
     third of itself is dropped; any other violation drops the generator parcel it names.
3. ningxia-violations: the clean plan plus deliberate parcels V-<RULE>/n, named 故意违规：…, one
   case per rule, sized from the clean plan's own figures so that every rule the platform registers
   gives a violation (warning for FARM-RIVER, FARM-SLOPE, FARM-SUPPLY-QUALITY, PBF-LAYOUT,
   ECO-IMPROVE; PROC-APPROVAL stays info with the longest chain).

Needs: java 17, distribution/target/landcon.jar and platform/{api,spatial}/target/classes (built by
`mvn -B -q install -DskipTests`), jts-core 1.20.0 and jackson 2.18.2 in ~/.m2, ogr2ogr with SQLite.
"""
import copy
import datetime
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile

SEED = 7
POLYGONS = 5000
PARCELS = 60

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
JAR = os.path.join(ROOT, 'distribution', 'target', 'landcon.jar')
M2 = os.path.expanduser('~/.m2/repository')
CP = ':'.join([
    os.path.join(ROOT, 'platform/spatial/target/classes'), os.path.join(ROOT, 'platform/api/target/classes'),
    M2 + '/org/locationtech/jts/jts-core/1.20.0/jts-core-1.20.0.jar',
    M2 + '/com/fasterxml/jackson/core/jackson-databind/2.18.2/jackson-databind-2.18.2.jar',
    M2 + '/com/fasterxml/jackson/core/jackson-core/2.18.2/jackson-core-2.18.2.jar',
    M2 + '/com/fasterxml/jackson/core/jackson-annotations/2.18.2/jackson-annotations-2.18.2.jar'])
CRS = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4523"}}
MU = 10000 / 15

WORK = tempfile.mkdtemp(prefix='landcon-demo-')


def log(*a):
    print(*a, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- plane geometry (pure python)

def polys_of(geom):
    """GeoJSON Polygon/MultiPolygon → list of polygons (list of rings)."""
    if geom['type'] == 'Polygon':
        return [geom['coordinates']]
    if geom['type'] == 'MultiPolygon':
        return list(geom['coordinates'])
    return []


def ring_area(r):
    return abs(sum(r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1] for i in range(len(r) - 1))) / 2


def area(geom):
    return sum(ring_area(p[0]) - sum(ring_area(h) for h in p[1:]) for p in polys_of(geom))


def bbox(geom):
    xs = [c[0] for p in polys_of(geom) for c in p[0]]
    ys = [c[1] for p in polys_of(geom) for c in p[0]]
    return (min(xs), min(ys), max(xs), max(ys))


def centre(geom):
    b = bbox(geom)
    return ((b[0] + b[2]) / 2, (b[1] + b[3]) / 2)


def in_ring(pt, r):
    x, y = pt
    inside = False
    for i in range(len(r) - 1):
        (x1, y1), (x2, y2) = r[i][:2], r[i + 1][:2]
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def point_in(pt, geom):
    return any(in_ring(pt, p[0]) and not any(in_ring(pt, h) for h in p[1:]) for p in polys_of(geom))


def seg_dist(p, a, b):
    dx, dy = b[0] - a[0], b[1] - a[1]
    t = 0 if dx == dy == 0 else max(0, min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)))
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


def distance(pt, geom):
    if point_in(pt, geom):
        return 0.0
    return min(seg_dist(pt, r[i], r[i + 1]) for p in polys_of(geom) for r in p for i in range(len(r) - 1))


def boxes_meet(a, b, margin=0.0):
    return a[0] - margin <= b[2] and b[0] - margin <= a[2] and a[1] - margin <= b[3] and b[1] - margin <= a[3]


def segs_cross(p1, p2, q1, q2):
    def orient(a, b, c):
        v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
        return 0 if abs(v) < 1e-9 else (1 if v > 0 else -1)
    o1, o2, o3, o4 = orient(p1, p2, q1), orient(p1, p2, q2), orient(q1, q2, p1), orient(q1, q2, p2)
    return o1 != o2 and o3 != o4 or 0 in (o1, o2, o3, o4) and min(p1[0], p2[0]) <= max(q1[0], q2[0]) and \
        min(q1[0], q2[0]) <= max(p1[0], p2[0]) and min(p1[1], p2[1]) <= max(q1[1], q2[1]) and \
        min(q1[1], q2[1]) <= max(p1[1], p2[1])


def meets(g1, g2, b1=None, b2=None, margin=0.0):
    """Conservative: do two polygonal geometries intersect or touch (within margin when margin > 0)?"""
    b1, b2 = b1 or bbox(g1), b2 or bbox(g2)
    if not boxes_meet(b1, b2, margin):
        return False
    if margin > 0:
        return any(distance(c, g2) <= margin for p in polys_of(g1) for c in p[0]) or \
            any(distance(c, g1) <= margin for p in polys_of(g2) for c in p[0]) or meets(g1, g2, b1, b2)
    for p in polys_of(g1):
        for q in polys_of(g2):
            r, s = p[0], q[0]
            if in_ring(r[0][:2], s) or in_ring(s[0][:2], r):
                return True
            for i in range(len(r) - 1):
                for j in range(len(s) - 1):
                    if segs_cross(r[i], r[i + 1], s[j], s[j + 1]):
                        return True
    return False


def inside(g, zone):
    """Every vertex of g lies inside zone."""
    return all(point_in(c, zone) for p in polys_of(g) for c in p[0])


# ---------------------------------------------------------------- GDAL (SpatiaLite through ogr2ogr)

def spatialite(features, sql):
    src = os.path.join(WORK, 't.geojson')
    out = os.path.join(WORK, 'out.geojson')
    with open(src, 'w') as f:
        json.dump({"type": "FeatureCollection", "features": features}, f)
    if os.path.exists(out):
        os.remove(out)
    subprocess.run(['ogr2ogr', '-f', 'GeoJSON', '-lco', 'COORDINATE_PRECISION=3', out, src, '-dialect', 'SQLite',
                    '-sql', sql], check=True, capture_output=True)
    with open(out) as f:
        return json.load(f)['features']


def explode(features, min_area=1.0):
    parts = []
    for f in features:
        if f.get('geometry'):
            for p in polys_of(f['geometry']):
                g = {"type": "Polygon", "coordinates": p}
                if area(g) >= min_area:
                    parts.append(g)
    return parts


def feature(geom, **props):
    return {"type": "Feature", "properties": props, "geometry": geom}


def dissolve(geoms, shrink=0.3):
    """Union of whole 地类图斑, kept `shrink` m inside its outline: a list of polygons."""
    fs = [feature(g, role='a') for g in geoms]
    return explode(spatialite(fs, "SELECT ST_Buffer(ST_Union(geometry), -%s, 2) AS geometry FROM t" % shrink))


def subtract(geom, cutters):
    """geom minus the cutters, each grown by its margin; cutters = [(geometry, margin)]. Largest part or None."""
    fs = [feature(geom, role='a', d=0)] + [feature(g, role='b', d=d) for g, d in cutters]
    parts = explode(spatialite(fs, "SELECT ST_Difference((SELECT ST_Union(geometry) FROM t WHERE role='a'), "
                                   "(SELECT ST_Union(ST_Buffer(geometry, d, 2)) FROM t WHERE role='b')) AS geometry"))
    return max(parts, key=area) if parts else None


# ---------------------------------------------------------------- the township

class Township:
    def __init__(self, gen):
        self.gen = gen
        subprocess.run(['ogr2ogr', '-f', 'GeoJSON', os.path.join(WORK, 'dltb.geojson'),
                        os.path.join(gen, 'basemap', 'DLTB.shp')], check=True, capture_output=True)
        self.dltb = []
        for f in json.load(open(os.path.join(WORK, 'dltb.geojson')))['features']:
            p = f['properties']
            self.dltb.append({'BSM': p['BSM'], 'p': p, 'g': f['geometry'], 'b': bbox(f['geometry']),
                              'c': centre(f['geometry'])})
        self.by_bsm = {d['BSM']: d for d in self.dltb}
        c = lambda name: json.load(open(os.path.join(gen, 'controls', name + '.geojson')))
        self.controls = {n: c(n) for n in ('YJJBNT', 'STBHHX', 'CZKFBJ', 'HHGLFW', 'LSWHBH', 'GSMM')}
        self.redline = self.controls['STBHHX']['features'][0]['geometry']
        self.udb = self.controls['CZKFBJ']['features'][0]['geometry']
        self.river = self.controls['HHGLFW']['features'][0]['geometry']
        self.heritage = self.controls['LSWHBH']['features'][0]['geometry']
        self.trees = [(f['geometry']['coordinates'], float(f['properties']['BHBJ']), f['id'])
                      for f in self.controls['GSMM']['features']]
        keys = {(str(f['properties']['JBNTTBBH']), f['properties']['QSDWDM']) for f in self.controls['YJJBNT']['features']}
        self.pbf = {d['BSM'] for d in self.dltb if (str(d['p']['TBBH']), d['p']['QSDWDM']) in keys}
        self.unit = json.load(open(os.path.join(gen, 'unit.json')))
        self.extent = bbox(self.unit['boundary'])
        self.vertex_owners = {}
        for d in self.dltb:
            for p in polys_of(d['g']):
                for c in p[0]:
                    self.vertex_owners.setdefault((round(c[0], 2), round(c[1], 2)), set()).add(d['BSM'])

    def neighbours(self, d):
        out = set()
        for p in polys_of(d['g']):
            for c in p[0]:
                out |= self.vertex_owners.get((round(c[0], 2), round(c[1], 2)), set())
        out.discard(d['BSM'])
        return out

    def near_tree(self, d, margin=8.0):
        return any(boxes_meet(d['b'], (x - r - margin, y - r - margin, x + r + margin, y + r + margin))
                   and distance((x, y), d['g']) <= r + margin for (x, y), r, _ in self.trees)

    def add_pbf(self, d):
        """A YJJBNT polygon for survey parcel d (the generator keeps PBF out of the UDB; the demo needs one there)."""
        p = d['p']
        self.controls['YJJBNT']['features'].append({"type": "Feature", "id": '6401222310' + d['BSM'][-8:], "properties": {
            "JBNTMJ": p['TBDLMJ'], "TBMJ": p['TBMJ'], "QSDWDM": p['QSDWDM'], "GDDB": p['GDDB'], "JBNTTBBH": p['TBBH'],
            "BSM": '6401222310' + d['BSM'][-8:], "DLBM": p['DLBM']}, "geometry": d['g']})
        self.pbf.add(d['BSM'])


CULTIVATED = ('0101', '0102', '0103')
WATER = ('1101', '1102', '1103', '1104', '1107', '1110', '0303', '0304', '0306', '0402', '0603', '1105', '1106', '1108')


def parent(dlbm):
    return dlbm.rstrip('KA') if dlbm else dlbm


def is_cultivated(dlbm):
    return parent(dlbm) in CULTIVATED


def is_water(dlbm):
    return parent(dlbm) in WATER


def is_forest(dlbm):
    return parent(dlbm).startswith('03') and parent(dlbm) not in ('0303', '0304', '0306')


def is_construction(dlbm):
    p = parent(dlbm)
    return p[:2] in ('05', '06', '07', '08') and p != '0603' or p == '09' or p in (
        '1001', '1002', '1003', '1004', '1005', '1007', '1008', '1009', '1109', '1201')


# ---------------------------------------------------------------- the plan's parcels

class Plan:
    def __init__(self, town, parcels):
        self.town = town
        self.parcels = parcels          # list of GeoJSON features, in output order
        self.own = set()                # ids of parcels this script made (never dropped silently)
        self.used = set()               # BSM of survey parcels this script used
        self.numbers = {}

    def ids(self):
        return {f['id'] for f in self.parcels}

    def get(self, pid):
        return next(f for f in self.parcels if f['id'] == pid)

    def subproject(self, sp):
        return [f for f in self.parcels if f['properties']['subproject'] == sp]

    def free(self, d, margin=1.0):
        """Survey parcel d is not used and meets no parcel of the plan."""
        if d['BSM'] in self.used:
            return False
        return not any(meets(d['g'], f['geometry'], d['b'], f.get('_b') or bbox(f['geometry']), margin)
                       for f in self.parcels)

    def add(self, sp, name, type_, kind, geoms, props, own=True, start=None, finish=None, per_mu=0.3, funding=None):
        """Adds one sub-project: a parcel per geometry, with investment and balanced funding."""
        out = []
        for k, g in enumerate(geoms):
            inv = round(area(g) / MU * per_mu, 2)
            fund = funding(inv) if funding else {"central": round(inv * 0.5, 2), "region": round(inv * 0.3, 2),
                                                   "county": round(inv - round(inv * 0.5, 2) - round(inv * 0.3, 2), 2)}
            p = {"subproject": sp, "name": name, "type": type_, "kind": kind}
            p.update(props)
            p.update({"start": start, "finish": finish, "investment": inv, "funding": fund,
                      "implementer": "乡人民政府"})
            f = {"type": "Feature", "id": "%s/%d" % (sp, k + 1), "properties": p, "geometry": g}
            f['_b'] = bbox(g)
            self.parcels.append(f)
            if own:
                self.own.add(f['id'])
            out.append(f)
        return out

    def next_sp(self):
        n = max(int(f['properties']['subproject'][3:]) for f in self.parcels if f['properties']['subproject'].startswith('SP-'))
        return 'SP-%03d' % (n + 1)

    def write(self, pkg):
        if os.path.exists(pkg):
            shutil.rmtree(pkg)
        os.makedirs(os.path.join(pkg, 'controls'))
        shutil.copytree(os.path.join(self.town.gen, 'basemap'), os.path.join(pkg, 'basemap'))
        unit = {k: self.town.unit[k] for k in ('code', 'name', 'county', 'region', 'crs', 'period', 'boundary')}
        unit['note'] = 'synthetic township (GenerateMain --seed %d --polygons %d --parcels %d), edited by ' \
                       'distribution/demo/make-demo.py' % (SEED, POLYGONS, PARCELS)
        with open(os.path.join(pkg, 'unit.json'), 'w') as f:
            json.dump(unit, f, ensure_ascii=False, indent=2)
        for n, fc in self.town.controls.items():
            with open(os.path.join(pkg, 'controls', n + '.geojson'), 'w') as f:
                json.dump(fc, f, ensure_ascii=False, separators=(',', ':'), sort_keys=True)
        feats = [{"type": "Feature", "id": f['id'], "properties": ordered(f['properties']), "geometry": f['geometry']}
                 for f in self.parcels]
        with open(os.path.join(pkg, 'subprojects.geojson'), 'w') as f:
            f.write('{"type":"FeatureCollection","crs":%s,"features":[\n' % json.dumps(CRS))
            f.write(',\n'.join(json.dumps(x, ensure_ascii=False, separators=(',', ':')) for x in feats))
            f.write('\n]}\n')


ORDER = ('subproject', 'name', 'type', 'kind', 'toDLBM', 'toGrade', 'toKCXS', 'measure', 'start', 'finish', 'resettles',
         'households', 'consentRatio', 'surveyOpinion', 'symbiotic', 'redlineChange', 'source', 'industry', 'transferTo',
         'transferApproval', 'department', 'implementer', 'investment', 'funding')


def ordered(p):
    """Properties in a fixed order (the generator's come from a HashMap), funding sources sorted."""
    out = {k: p[k] for k in ORDER if k in p}
    out.update({k: p[k] for k in sorted(p) if k not in out})
    if isinstance(out.get('funding'), dict):
        out['funding'] = dict(sorted(out['funding'].items()))
    return out


def assemble(pkg):
    for attempt in range(4):         # landcon.jar may be in the middle of a rebuild by someone else
        run = tempfile.mkdtemp(prefix='run-', dir=WORK)
        out = os.path.join(run, 'out')
        r = subprocess.run(['java', '-jar', JAR, 'assemble', pkg, '--out', out], cwd=run, capture_output=True, text=True)
        if r.returncode in (0, 1) and os.path.exists(os.path.join(out, 'plan.json')):
            break
        log('assemble %s: exit %d, retrying\n%s' % (pkg, r.returncode, r.stderr[-1500:]))
        import time
        time.sleep(30)
    else:
        raise SystemExit('assemble %s: exit %d\n%s' % (pkg, r.returncode, r.stderr[-3000:]))
    plan = json.load(open(os.path.join(out, 'plan.json')))
    summary = [l for l in r.stdout.splitlines() if l.startswith('  ')]
    shutil.rmtree(run, ignore_errors=True)
    return r.returncode, {v['rule']: v for v in plan['verdicts']}, plan, summary


def day(s):
    return datetime.date.fromisoformat(s)


# ---------------------------------------------------------------- ningxia-demo: the clean plan

def generate():
    gen = os.path.join(WORK, 'gen')
    for attempt in range(5):      # platform/spatial/target/classes may be in the middle of a rebuild
        r = subprocess.run(['java', '-cp', CP, 'org.landcon.spatial.generator.GenerateMain', '--seed', str(SEED),
                            '--polygons', str(POLYGONS), '--parcels', str(PARCELS), '--out', gen],
                           capture_output=True, text=True)
        if r.returncode == 0:
            return gen
        log('generator failed (%s), retrying' % r.stderr.strip().splitlines()[-1:])
        import time
        time.sleep(20)
    raise SystemExit('the generator does not run: ' + r.stderr[-2000:])


def funding_split(inv):
    a = round(inv * 0.5, 2)
    b = round(inv * 0.3, 2)
    return {"central": a, "region": b, "county": round(inv - a - b, 2)}


def fix_schedule(plan):
    """先安置再拆旧: every demolition names a resettlement of its village (else any) and starts after it."""
    resettle = {}
    for f in plan.parcels:
        p = f['properties']
        if p['kind'] == 'resettlement':
            resettle[p['subproject']] = max(resettle.get(p['subproject'], p['finish']), p['finish'])
    if not resettle:
        raise SystemExit('no resettlement sub-project left')
    for f in plan.parcels:
        p = f['properties']
        if p['kind'] != 'demolition' or p['subproject'].startswith('V-'):
            continue
        village = p['name'][:3]
        same = [sp for sp in resettle if plan.subproject(sp)[0]['properties']['name'][:3] == village]
        sp = (same or sorted(resettle))[0]
        p['resettles'] = sp
        length = (day(p['finish']) - day(p['start'])).days
        start = max(day(p['start']), day(resettle[sp]) + datetime.timedelta(days=15))
        p['start'] = start.isoformat()
        p['finish'] = min(start + datetime.timedelta(days=length), datetime.date(2027, 11, 30)).isoformat()


def survey_free(plan, cond, margin=1.0, trees=8.0):
    t = plan.town
    return [d for d in t.dltb if cond(d) and not t.near_tree(d, trees) and plan.free(d, margin)]


def take(plan, ds):
    for d in ds:
        plan.used.add(d['BSM'])
    return ds


def add_demolitions(plan, needed, grade):
    """Whole 0702 宅基地 outside the heritage zone, red line, town land and tree radii, reclaimed to 耕地."""
    t = plan.town
    cands = survey_free(plan, lambda d: parent(d['p']['DLBM']) == '0702' and d['p']['CZCSXM'] != '202'
                        and not meets(d['g'], t.heritage, margin=5) and not meets(d['g'], t.redline, margin=5))
    cands.sort(key=lambda d: (d['p']['QSDWMC'], -d['p']['TBMJ']))
    chosen, got = [], 0.0
    for d in cands:
        if got >= needed:
            break
        chosen.append(d)
        got += d['p']['TBMJ']
    take(plan, chosen)
    by_village = {}
    for d in chosen:
        by_village.setdefault(d['p']['QSDWMC'], []).append(d)
    for village, ds in sorted(by_village.items()):
        geoms = dissolve([d['g'] for d in ds])     # a hamlet's neighbouring homesteads form one parcel
        for i in range(0, len(geoms), 6):
            sp = plan.next_sp()
            fs = plan.add(sp, village + '农村宅基地拆旧复垦项目（补充）', 'construction', 'demolition', geoms[i:i + 6],
                          {"toDLBM": "0102", "toGrade": grade, "toKCXS": 0.03, "measure": "measured",
                           "department": "县自然资源局"}, start='2026-03-01', finish='2026-11-30', per_mu=2.5)
            for f in fs:
                x = (centre(f['geometry'])[0] - t.extent[0]) / (t.extent[2] - t.extent[0])
                f['properties']['toDLBM'] = '0103' if x < 0.33 else '0102'
                f['properties']['households'] = max(1, round(area(f['geometry']) / 450))
                f['properties']['consentRatio'] = 0.95
    log('  + %d 宅基地拆旧复垦 parcels, %.0f m²' % (len(chosen), got))
    return got


def redraw(plan, f, cutters, why):
    g = subtract(f['geometry'], cutters)
    old = area(f['geometry'])
    if g is None or area(g) < old / 3:
        plan.parcels.remove(f)
        log('  - %s dropped (%s)' % (f['id'], why))
        return
    k = area(g) / old
    p = f['properties']
    p['investment'] = round(p['investment'] * k, 2)
    p['funding'] = funding_split(p['investment'])
    f['geometry'], f['_b'] = g, bbox(g)
    log('  ~ %s redrawn without %s (%.0f → %.0f m²)' % (f['id'], why, old, area(g)))


def cutters_for(plan, rule, f):
    t = plan.town
    b = f.get('_b') or bbox(f['geometry'])
    near = [d for d in t.dltb if boxes_meet(d['b'], b, 2)]
    if rule == 'ECO-WATER':
        return [(d['g'], 0.5) for d in near if is_water(d['p']['DLBM'])], 'water'
    if rule == 'ECO-DEFOREST':
        return [(d['g'], 0.5) for d in near if is_forest(d['p']['DLBM'])], 'forest'
    if rule in ('ECO-REDLINE-OCCUPY', 'ECO-REDLINE-FARMLAND'):
        return [(t.redline, 0.5)], 'the red line'
    if rule == 'ECO-TREES':
        return [({"type": "Point", "coordinates": c}, r + 3) for c, r, _ in t.trees], 'tree radius'
    if rule == 'LAND-HERITAGE':
        return [(t.heritage, 0.5)], 'heritage zone'
    if rule == 'IND-LAND-SOURCE':
        return [(d['g'], 0.5) for d in near if d['BSM'] in t.pbf], 'PBF'
    if rule == 'FARM-SLOPE':
        return [(d['g'], 0.5) for d in near if d['p']['GDPDJB'] == 5], 'slope > 25°'
    if rule == 'FARM-RIVER':
        return [(t.river, 0.5)], 'river zone'
    return None, None


ACCEPTED_WARNINGS = set()
QUOTA_RULES = ('CONS-QTY', 'CONS-QUOTA', 'IND-LAND-SOURCE')


def clean_plan(town):
    gen = json.load(open(os.path.join(town.gen, 'subprojects.geojson')))['features']
    replaced = ('pbf-out', 'pbf-in', 'redline-exit')
    plan = Plan(town, [f for f in gen if f['properties']['kind'] not in replaced])
    for f in plan.parcels:
        f['_b'] = bbox(f['geometry'])
    t = town
    # PBF inside the UDB (added to YJJBNT), one taken out with a field-survey opinion
    udb_farm = survey_free(plan, lambda d: is_cultivated(d['p']['DLBM']) and d['p']['GDDB'] and inside(d['g'], t.udb))
    udb_farm.sort(key=lambda d: -d['p']['TBMJ'])
    take(plan, udb_farm[:2])
    for d in udb_farm[:2]:
        t.add_pbf(d)
    plan.udb_pbf = udb_farm[:2]
    out = udb_farm[0]
    plan.add(plan.next_sp(), '城镇开发边界内永久基本农田调出', 'farmland', 'pbf-out', dissolve([out['g']]),
             {"surveyOpinion": "贺自然资踏勘〔2025〕7号", "measure": "measured", "department": "县自然资源局"},
             start='2026-04-01', finish='2026-06-30', per_mu=0.02)
    # 补划 next to existing PBF tracts, no worse than what goes out
    ins = survey_free(plan, lambda d: is_cultivated(d['p']['DLBM']) and d['BSM'] not in t.pbf and d['p']['GDDB']
                      and d['p']['GDDB'] <= out['p']['GDDB'] and not meets(d['g'], t.udb) and not meets(d['g'], t.redline)
                      and not meets(d['g'], t.river) and d['p']['GDPDJB'] != 5 and t.neighbours(d) & t.pbf)
    ins.sort(key=lambda d: (d['p']['GDDB'], -d['p']['TBMJ']))
    chosen, got = [], 0
    for d in ins:
        if got >= 1.4 * out['p']['TBMJ'] and len(chosen) >= 3:
            break
        if all(not meets(d['g'], c['g']) for c in chosen):
            chosen.append(d)
            got += d['p']['TBMJ']
    take(plan, chosen)
    plan.add(plan.next_sp(), '永久基本农田补划（集中连片）', 'farmland', 'pbf-in', [dissolve([d['g']])[0] for d in chosen],
             {"measure": "measured", "department": "县自然资源局"}, start='2025-03-15', finish='2025-10-31', per_mu=0.02)
    # red-line farmland that is not terraces, back to grassland
    rl = survey_free(plan, lambda d: is_cultivated(d['p']['DLBM']) and d['p']['GDLX'] != 'TT' and inside(d['g'], t.redline))
    rl.sort(key=lambda d: -d['p']['TBMJ'])
    take(plan, rl[:2])
    plan.add(plan.next_sp(), '生态保护红线内耕地有序退出（非梯田）', 'ecology', 'redline-exit', [dissolve([d['g']])[0] for d in rl[:2]],
             {"toDLBM": "0404", "symbiotic": False, "measure": "measured", "department": "县林业和草原局"},
             start='2026-03-01', finish='2026-10-31', per_mu=0.15)
    # steep farmland (> 25°) and farmland in the river zone retired
    steep = survey_free(plan, lambda d: is_cultivated(d['p']['DLBM']) and d['p']['GDPDJB'] == 5 and not meets(d['g'], t.redline)
                        and d['p']['GDLX'] != 'TT')
    steep.sort(key=lambda d: -d['p']['TBMJ'])
    take(plan, steep[:1])
    plan.add(plan.next_sp(), '山上耕地调整（25°以上坡耕地退耕还林）', 'farmland', 'slope-exit', [dissolve([d['g']])[0] for d in steep[:1]],
             {"toDLBM": "0301", "measure": "measured", "department": "县自然资源局"}, start='2026-03-01', finish='2026-09-30', per_mu=0.2)
    river = survey_free(plan, lambda d: is_cultivated(d['p']['DLBM']) and inside(d['g'], t.river) and d['BSM'] not in t.pbf)
    river.sort(key=lambda d: -d['p']['TBMJ'])
    take(plan, river[:2])
    plan.add(plan.next_sp(), '河道管理范围内不稳定耕地调出', 'farmland', 'river-exit', [dissolve([d['g']])[0] for d in river[:2]],
             {"toDLBM": "0404", "measure": "measured", "department": "县自然资源局"}, start='2026-03-01', finish='2026-09-30', per_mu=0.2)
    fix_schedule(plan)
    pkg = os.path.join(WORK, 'clean')
    grade = 9
    for it in range(12):
        plan.write(pkg)
        rc, v, full, summary = assemble(pkg)
        bad = {r: x for r, x in v.items() if x['verdict'] in ('violation', 'warning')}
        log('clean #%d: exit %d; %s' % (it, rc, ', '.join('%s=%s' % (r, x['verdict']) for r, x in sorted(bad.items()))))
        if not bad or set(bad) <= ACCEPTED_WARNINGS:
            return plan, v, summary
        ids = plan.ids()
        need = 0
        for r, x in sorted(bad.items()):
            fig = x.get('figures', {})
            named = [i for i in x.get('features', []) if i in ids]
            if r in ('CONS-QTY', 'CONS-QUOTA') or r == 'IND-LAND-SOURCE' and fig.get('pbf', 0) <= 0:
                if all(q in QUOTA_RULES or q == 'FARM-SUPPLY-QUALITY' for q in bad):   # redraw first, then top up
                    need = max(need, quota_need(r, fig))
            elif r == 'FARM-SUPPLY-QUALITY':
                grade = int(math.floor(fig['takenMeanGrade']))
                for f in plan.parcels:
                    p = f['properties']
                    if p.get('toDLBM') and is_cultivated(p['toDLBM']) and p['kind'] in ('demolition', 'farmland-creation'):
                        p['toGrade'] = min(p.get('toGrade', 15), grade)
                log('  new 耕地 graded %d (taken mean %.2f)' % (grade, fig['takenMeanGrade']))
            else:
                for pid in named:
                    if pid not in plan.ids():
                        continue
                    f = plan.get(pid)
                    cut, why = cutters_for(plan, r, f)
                    if pid in plan.own and not cut:
                        raise SystemExit('%s names this script\'s own parcel %s: %s' % (r, pid, x['message']))
                    if cut:
                        redraw(plan, f, cut, why)
                    else:
                        plan.parcels.remove(f)
                        log('  - %s dropped (%s)' % (pid, r))
                if not named:
                    raise SystemExit('%s %s names no parcel: %s' % (r, x['verdict'], x['message']))
        if need > 0:
            add_demolitions(plan, need, grade)
        fix_schedule(plan)
    raise SystemExit('the clean plan did not converge')


def quota_need(rule, fig):
    """m² of homestead to reclaim so that construction land, the quota surplus and industry fit (with 15 % margin)."""
    if rule == 'CONS-QTY':
        gap = fig['change']
    elif rule == 'CONS-QUOTA':
        gap = max(-fig['surplus'], fig['transferredOut'] - fig['surplus'])
    else:
        gap = fig['newConstruction'] - fig['surplus']
    return gap * 1.15 + 1500


# ---------------------------------------------------------------- ningxia-violations: one deliberate case per rule

EXPECTED = {'PLAN-GEOMETRY': 'pass', 'FARM-RIVER': 'warning', 'FARM-SLOPE': 'warning', 'FARM-SUPPLY-QUALITY': 'warning', 'PBF-LAYOUT': 'warning',
            'ECO-IMPROVE': 'warning', 'PROC-APPROVAL': 'info'}       # every other rule: violation


class Cases:
    """Builds the deliberate parcels on a copy of the clean plan; `size` says how many 地类图斑 the growable ones take."""

    def __init__(self, clean, size):
        self.plan = Plan(clean.town, copy.deepcopy(clean.parcels))
        self.plan.used = set(clean.used)
        self.plan.udb_pbf = clean.udb_pbf
        self.t = clean.town
        self.size = size
        self.counts = {}

    def pick(self, key, cond, n=1, sort=None, margin=1.0, cluster=False):
        """n free 地类图斑 (or as many as `size` says): the largest, by `sort`, or, with `cluster`, those nearest
        the point where most candidates lie together, so that a dissolved case is a few compact parcels."""
        ds = survey_free(self.plan, cond, margin)
        ds.sort(key=sort or (lambda d: -d['p']['TBMJ']))
        if cluster and ds:
            near = lambda a, b: math.hypot(a['c'][0] - b['c'][0], a['c'][1] - b['c'][1])
            seed = max(ds, key=lambda a: sum(1 for b in ds if near(a, b) < 150))
            ds.sort(key=lambda d: near(d, seed))
        ds = ds[:self.size.get(key, n)]
        self.counts[key] = len(ds)
        if not ds:
            raise SystemExit('no survey parcel for ' + key)
        return take(self.plan, ds)

    def add(self, key, why, type_, kind, geoms, props, start='2026-04-01', finish='2026-10-31', per_mu=0.5, funding=None):
        return self.plan.add('V-' + key, '故意违规：' + why, type_, kind, geoms, props, start=start, finish=finish,
                             per_mu=per_mu, funding=funding)

    def resettlement(self):
        sp = sorted({f['properties']['subproject'] for f in self.plan.parcels if f['properties']['kind'] == 'resettlement'})[0]
        return sp, max(f['properties']['finish'] for f in self.plan.subproject(sp))

    def build(self):
        t, plan = self.t, self.plan
        cult = lambda d: is_cultivated(d['p']['DLBM'])
        plain = lambda d: not meets(d['g'], t.redline) and not meets(d['g'], t.river) and not meets(d['g'], t.heritage, margin=3)
        unused = lambda d: parent(d['p']['DLBM']) in ('1204', '1205', '1206')
        # --- plan, process and money
        # PLAN-GEOMETRY: no case — the package reader already refuses (exit 2) every geometry the rule would
        # flag (empty, not a polygon, invalid, another CRS), so through a package the rule can only pass.
        east = [d for d in survey_free(plan, lambda d: d['b'][2] > t.extent[2] - 0.5 and parent(d['p']['DLBM']) in
                                       ('0404', '1205', '1204', '0102', '0103'))]
        east.sort(key=lambda d: -d['p']['TBMJ'])
        d = take(plan, east[:1])[0]
        xe = t.extent[2]
        box = [[xe - 25, d['c'][1] - 12], [xe + 30, d['c'][1] - 12], [xe + 30, d['c'][1] + 12], [xe - 25, d['c'][1] + 12]]
        self.add('PLAN-EXTENT', '地块超出整治单元（乡界）范围', 'ecology', 'watershed',
                 [{"type": "Polygon", "coordinates": [box + [box[0]]]}], {"measure": "map", "department": "县水务局"})
        qu = next(f for f in plan.parcels if f['properties']['kind'] == 'quality-upgrade')
        cx, cy = centre(qu['geometry'])
        inner = explode(spatialite([feature(qu['geometry'])], "SELECT ST_Intersection(ST_Buffer(geometry, -5, 2), "
                                   "BuildMbr(%f, %f, %f, %f)) AS geometry FROM t" % (cx - 30, cy - 20, cx + 30, cy + 20)))
        self.add('PLAN-CONFLICT', '与' + qu['id'] + '（高标准农田提质改造）空间重叠', 'farmland', 'high-standard',
                 inner[:1], {"measure": "measured", "department": "县农业农村局"})
        d = self.pick('FUND-BALANCE', lambda d: parent(d['p']['DLBM']) == '0404' and plain(d))
        self.add('FUND-BALANCE', '资金来源不足以覆盖投资（缺口 300 万元）', 'landscape', 'traditional-village',
                 dissolve([x['g'] for x in d]), {"department": "县住房和城乡建设局"},
                 funding=lambda inv: {"county": 200.0, "bond": 100.0})
        for f in plan.subproject('V-FUND-BALANCE'):
            f['properties']['investment'] = 600.0
        # --- farmland (PBF-QUALITY first: it wants the few poor fields away from PBF)
        d = self.pick('PBF-QUALITY', lambda d: cult(d) and d['BSM'] not in t.pbf and (d['p']['GDDB'] or 0) >= 12 and plain(d)
                      and not t.neighbours(d) & t.pbf, n=2, sort=lambda d: (-(d['p']['GDDB'] or 0), -d['p']['TBMJ']))
        self.add('PBF-QUALITY', '以低等别零散耕地补划永久基本农田（补划质量降低）', 'farmland', 'pbf-in',
                 dissolve([x['g'] for x in d]), {"measure": "measured", "department": "县自然资源局"},
                 start='2025-03-15', finish='2025-10-31', per_mu=0.02)
        d = self.pick('FARM-MEASURED', lambda d: unused(d) and plain(d))
        self.add('FARM-MEASURED', '新增耕地按系数测算，未实测', 'farmland', 'farmland-creation', dissolve([x['g'] for x in d]),
                 {"toDLBM": "0102", "toGrade": 7, "toKCXS": 0.03, "measure": "coefficient", "department": "县自然资源局"})
        d = self.pick('FARM-QUALITY', lambda d: parent(d['p']['DLBM']) in ('0102', '0103') and plain(d) and d['p']['GDPDJB'] != 5,
                      n=30, sort=lambda d: (d['p']['GDDB'] or 99, -d['p']['TBMJ']), cluster=True)
        self.add('FARM-QUALITY', '旱改水后评定为15等，耕地质量下降', 'farmland', 'dry-to-paddy', dissolve([x['g'] for x in d]),
                 {"toDLBM": "0101", "toGrade": 15, "toKCXS": 0.05, "measure": "measured", "department": "县农业农村局"})
        d = self.pick('FARM-QTY', lambda d: cult(d) and d['BSM'] not in t.pbf and plain(d) and d['p']['GDPDJB'] != 5, n=40, cluster=True)
        self.add('FARM-QTY', '设施农业占用耕地，耕地减少', 'industry', 'facility-agriculture', dissolve([x['g'] for x in d]),
                 {"toDLBM": "1202", "industry": "冷凉蔬菜", "department": "县农业农村局"}, per_mu=1.0)
        d = self.pick('FARM-SUPPLY-QUALITY', lambda d: unused(d) and plain(d), n=6, cluster=True)
        self.add('FARM-SUPPLY-QUALITY', '新增耕地等别15，低于被占用耕地（未占优补优）', 'farmland', 'farmland-creation',
                 dissolve([x['g'] for x in d]), {"toDLBM": "0103", "toGrade": 15, "toKCXS": 0.03, "measure": "measured",
                                                 "department": "县自然资源局"})
        d = self.pick('FARM-RIVER', lambda d: inside(d['g'], t.river) and not cult(d) and not is_water(d['p']['DLBM'])
                      and not is_forest(d['p']['DLBM']) and not is_construction(d['p']['DLBM']), n=6, cluster=True)
        self.add('FARM-RIVER', '在河道管理范围内开垦耕地', 'farmland', 'farmland-creation', dissolve([x['g'] for x in d]),
                 {"toDLBM": "0102", "toGrade": 7, "toKCXS": 0.03, "measure": "measured", "department": "县自然资源局"})
        d = self.pick('FARM-SLOPE', lambda d: cult(d) and d['p']['GDPDJB'] == 5, n=12, cluster=True)
        self.add('FARM-SLOPE', '25°以上陡坡耕地建设高标准农田并取消田坎，山上耕地不减反增', 'farmland', 'high-standard',
                 dissolve([x['g'] for x in d]), {"toKCXS": 0, "measure": "measured", "department": "县农业农村局"})
        # --- permanent basic farmland
        tracts = self.pick('PBF-CAP', lambda d: d['BSM'] in t.pbf and not meets(d['g'], t.river) and d['p']['GDPDJB'] != 5,
                           n=150, sort=lambda d: (round(d['c'][1] / 300), d['c'][0]), cluster=True)
        self.add('PBF-CAP', '永久基本农田调出规模超过乡镇划定面积的5%', 'farmland', 'pbf-out', dissolve([x['g'] for x in tracts]),
                 {"measure": "measured", "department": "县自然资源局"}, start='2026-06-01', finish='2026-09-30', per_mu=0.02)
        d = self.pick('PBF-FIRST-SUPPLEMENT', lambda d: d['BSM'] in t.pbf and plain(d))
        self.add('PBF-FIRST-SUPPLEMENT', '补划完成前即调出永久基本农田（未先补后调）', 'farmland', 'pbf-out',
                 dissolve([x['g'] for x in d]), {"measure": "measured", "department": "县自然资源局"},
                 start='2025-03-01', finish='2025-05-31', per_mu=0.02)
        d = plan.udb_pbf[1]
        self.add('PBF-UDB', '城镇开发边界内永久基本农田调出，无实地踏勘论证意见', 'farmland', 'pbf-out', dissolve([d['g']]),
                 {"measure": "measured", "department": "县自然资源局"}, start='2026-06-01', finish='2026-08-31', per_mu=0.02)
        # --- construction land
        sp, done = self.resettlement()
        after = (day(done) + datetime.timedelta(days=30)).isoformat()
        homestead = lambda d: parent(d['p']['DLBM']) == '0702' and d['p']['CZCSXM'] != '202' and plain(d)
        demo = {"toDLBM": "0102", "toGrade": 7, "toKCXS": 0.03, "measure": "measured", "department": "县自然资源局",
                "resettles": sp, "households": 3, "consentRatio": 0.95}
        d = self.pick('CONS-QUOTA-TRANSFER', homestead)
        self.add('CONS-QUOTA-TRANSFER', '节余指标流转出县（灵武市）未经自治区人民政府批准', 'construction', 'demolition',
                 dissolve([x['g'] for x in d]), dict(demo, transferTo='640181'), start=after, per_mu=2.5)
        before = (day(done) - datetime.timedelta(days=60)).isoformat()
        d = self.pick('CONS-RESETTLE-FIRST', homestead)
        self.add('CONS-RESETTLE-FIRST', '安置房建成前拆除农户住房（未先安置后拆旧）', 'construction', 'demolition',
                 dissolve([x['g'] for x in d]), demo, start=before, finish=after, per_mu=2.5)
        d = self.pick('CONS-VILLAGE-WILL', homestead)
        self.add('CONS-VILLAGE-WILL', '整村搬迁村民同意比例仅52%', 'construction', 'demolition', dissolve([x['g'] for x in d]),
                 dict(demo, households=25, consentRatio=0.52), start=after, per_mu=2.5)
        d = self.pick('CONS-UDB', lambda d: d['p']['CZCSXM'] == '202' and is_construction(d['p']['DLBM']) and plain(d))
        self.add('CONS-UDB', '拆除城镇建设用地复垦，城镇开发边界扩展倍数扩大', 'construction', 'demolition',
                 dissolve([x['g'] for x in d]), {"toDLBM": "0102", "toGrade": 7, "toKCXS": 0.03, "measure": "measured",
                                                 "department": "县自然资源局"}, start=after, per_mu=2.5)
        grass = lambda d: parent(d['p']['DLBM']) in ('0404', '1205', '1204') and plain(d) and not meets(d['g'], t.udb)
        d = self.pick('CONS-QUOTA', grass, n=30, sort=lambda d: (round(d['c'][0] / 400), d['c'][1]), cluster=True)
        self.add('CONS-QUOTA', '建新（农村发展用地）超出增减挂钩节余指标', 'construction', 'new-construction',
                 dissolve([x['g'] for x in d]), {"toDLBM": "0702", "purpose": "农村发展", "department": "县自然资源局"}, per_mu=5)
        d = self.pick('CONS-QTY', grass, n=10, sort=lambda d: (round(d['c'][1] / 400), d['c'][0]), cluster=True)
        self.add('CONS-QTY', '建设村庄广场占用草地，建设用地增加', 'landscape', 'landscape-improvement',
                 dissolve([x['g'] for x in d]), {"toDLBM": "0810", "department": "县住房和城乡建设局"}, per_mu=1)
        # --- ecology
        rl_grass = lambda d: inside(d['g'], t.redline) and parent(d['p']['DLBM']) in ('0404', '1205', '1204')
        d = self.pick('ECO-REDLINE-OCCUPY', rl_grass)
        self.add('ECO-REDLINE-OCCUPY', '在生态保护红线内开垦耕地', 'farmland', 'farmland-creation', dissolve([x['g'] for x in d]),
                 {"toDLBM": "0103", "toGrade": 7, "toKCXS": 0.03, "measure": "measured", "department": "县自然资源局"})
        d = self.pick('ECO-REDLINE-AREA', rl_grass)
        g = dissolve([x['g'] for x in d])
        self.add('ECO-REDLINE-AREA', '调减生态保护红线面积', 'ecology', 'watershed', g,
                 {"redlineChange": -round(sum(area(x) for x in g), 2), "department": "县林业和草原局"})
        d = self.pick('ECO-REDLINE-FARMLAND', lambda d: cult(d) and d['p']['GDLX'] == 'TT' and inside(d['g'], t.redline))
        self.add('ECO-REDLINE-FARMLAND', '生态保护红线内集中连片梯田调出', 'ecology', 'redline-exit', dissolve([x['g'] for x in d]),
                 {"toDLBM": "0404", "symbiotic": False, "department": "县林业和草原局"})
        d = self.pick('ECO-DEFOREST', lambda d: is_forest(d['p']['DLBM']) and plain(d))
        self.add('ECO-DEFOREST', '毁林开垦', 'farmland', 'farmland-creation', dissolve([x['g'] for x in d]),
                 {"toDLBM": "0102", "toGrade": 7, "toKCXS": 0.03, "measure": "measured", "department": "县自然资源局"})
        d = self.pick('ECO-WATER', lambda d: parent(d['p']['DLBM']) == '1104' and not d['p']['DLBM'].endswith('K') and plain(d))
        self.add('ECO-WATER', '填埋坑塘建房', 'construction', 'new-construction', dissolve([x['g'] for x in d]),
                 {"toDLBM": "0702", "purpose": "村民住宅", "department": "县自然资源局"}, per_mu=5)
        d = self.pick('ECO-IMPROVE', lambda d: parent(d['p']['DLBM']) == '0404' and plain(d) and not meets(d['g'], t.udb), n=20,
                      sort=lambda d: (round(d['c'][0] / 500), -d['c'][1]), cluster=True)
        self.add('ECO-IMPROVE', '设施农业占用草地，生态用地减少', 'industry', 'facility-agriculture', dissolve([x['g'] for x in d]),
                 {"toDLBM": "1202", "industry": "养殖", "department": "县农业农村局"}, per_mu=1)
        (tx, ty), r, tid = next(tr for tr in t.trees if not point_in(tr[0], t.heritage))
        holder = next(x for x in t.dltb if boxes_meet(x['b'], (tx, ty, tx, ty)) and point_in((tx, ty), x['g']))
        ring = [[tx - 12, ty - 12], [tx + 12, ty - 12], [tx + 12, ty + 12], [tx - 12, ty + 12], [tx - 12, ty - 12]]
        if not all(not meets({"type": "Polygon", "coordinates": [ring]}, f['geometry']) for f in plan.parcels):
            raise SystemExit('the tree %s is taken by another parcel' % tid)
        plan.used.add(holder['BSM'])
        self.add('ECO-TREES', '村庄环境整治地块进入古树名木（' + tid + '）保护范围', 'landscape', 'landscape-improvement',
                 [{"type": "Polygon", "coordinates": [ring]}], {"department": "县住房和城乡建设局"})
        # --- landscape and industry
        d = self.pick('LAND-HERITAGE', lambda d: parent(d['p']['DLBM']) == '0702' and inside(d['g'], t.heritage))
        self.add('LAND-HERITAGE', '传统村落保护范围内拆旧建新（非修缮）', 'construction', 'new-construction',
                 dissolve([x['g'] for x in d]), {"toDLBM": "05H1", "purpose": "农村发展", "department": "县自然资源局"}, per_mu=5)
        d = self.pick('IND-LAND-SOURCE', lambda d: d['BSM'] in t.pbf and plain(d) and d['p']['GDPDJB'] != 5)
        self.add('IND-LAND-SOURCE', '产业用地占用永久基本农田', 'industry', 'industry-land', dissolve([x['g'] for x in d]),
                 {"toDLBM": "0601", "source": "stock", "industry": "枸杞", "department": "县发展和改革局"}, per_mu=6)
        return plan


GROW = {'FARM-QUALITY': 'FARM-QUALITY', 'FARM-QTY': 'FARM-QTY', 'FARM-SUPPLY-QUALITY': 'FARM-SUPPLY-QUALITY',
        'FARM-RIVER': 'FARM-RIVER', 'PBF-CAP': 'PBF-CAP', 'PBF-QUALITY': 'PBF-QUALITY', 'CONS-QUOTA': 'CONS-QUOTA',
        'CONS-QTY': 'CONS-QTY', 'ECO-IMPROVE': 'ECO-IMPROVE', 'PBF-LAYOUT': 'PBF-QUALITY', 'IND-LAND-SOURCE': 'CONS-QUOTA'}


def violations_plan(clean):
    size = {}
    pkg = os.path.join(WORK, 'violations')
    for it in range(8):
        cases = Cases(clean, size)
        plan = cases.build()
        plan.write(pkg)
        rc, v, full, summary = assemble(pkg)
        wrong = {r: x['verdict'] for r, x in v.items() if x['verdict'] != EXPECTED.get(r, 'violation')}
        log('violations #%d: exit %d, %d parcels; not yet: %s' % (it, rc, len(plan.parcels), wrong))
        if not wrong:
            return plan, v, summary
        for r in wrong:
            key = GROW.get(r)
            if not key:
                raise SystemExit('%s is %s, not %s: %s' % (r, v[r]['verdict'], EXPECTED.get(r, 'violation'), v[r]['message']))
            if size.get(key, 0) > cases.counts[key]:
                raise SystemExit('%s: no more survey parcels for V-%s' % (r, key))
            size[key] = int(cases.counts[key] * 1.6) + 2
            log('  V-%s grows to %d 地类图斑 (%s)' % (key, size[key], v[r]['message'][:120]))
    raise SystemExit('the violations plan did not converge')


def main():
    log('work dir', WORK)
    gen = generate()
    town = Township(gen)
    clean, verdicts, summary = clean_plan(town)
    clean.write(os.path.join(HERE, 'ningxia-demo'))
    print('ningxia-demo:\n' + '\n'.join(summary))
    log('ningxia-demo: %d parcels in %d sub-projects' % (len(clean.parcels), len({f['properties']['subproject'] for f in clean.parcels})))
    viol, verdicts, summary = violations_plan(clean)
    counts = {}
    for f in viol.parcels:
        counts[f['properties']['subproject']] = counts.get(f['properties']['subproject'], 0) + 1
    log('ningxia-violations: %d parcels; %s' % (len(viol.parcels), {k: v for k, v in counts.items() if k.startswith('V-')}))
    viol.write(os.path.join(HERE, 'ningxia-violations'))
    print('ningxia-violations:\n' + '\n'.join(summary))
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == '__main__':
    main()
