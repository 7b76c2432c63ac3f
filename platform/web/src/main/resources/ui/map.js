// The plan map: DLTB coloured by land class, control lines, change parcels, findings in red;
// layers are loaded by bbox from the API, in the plan's own projected CRS (no base tiles).
import { t } from './i18n.js';

const CLASS_COLOURS = [
  ['01', '#f4e285', '耕地 cultivated'], ['02', '#e8b86d', '园地 garden'], ['03', '#6aa84f', '林地 forest'],
  ['04', '#b6d7a8', '草地 grass'], ['05', '#e06666', '商服 commercial'], ['06', '#cc4125', '工矿 industrial'],
  ['07', '#ea9999', '住宅 residential'], ['08', '#d5a6bd', '公共 public'], ['09', '#a64d79', '特殊 special'],
  ['10', '#999999', '交通 transport'], ['11', '#9fc5e8', '水域 water'], ['12', '#d9d2c3', '其他 other'],
  ['20', '#e6a0a0', '城镇村 settlement'],
];
const colourOf = (dlbm) => (CLASS_COLOURS.find(([c]) => (dlbm || '').startsWith(c)) || [null, '#eeeeee'])[1];

function style(fill, stroke, width, dash) {
  return new ol.style.Style({
    fill: fill ? new ol.style.Fill({ color: fill }) : undefined,
    stroke: new ol.style.Stroke({ color: stroke, width, lineDash: dash }),
  });
}
/** The vertices of a geometry, to draw them while its shape is edited. */
function vertices(g) {
  const flat = g.getFlatCoordinates();
  const points = [];
  for (let i = 0; i < flat.length; i += g.getStride()) points.push([flat[i], flat[i + 1]]);
  return new ol.geom.MultiPoint(points);
}
const dltbStyles = new Map();
const dltbStyle = (f) => {
  const c = colourOf(f.get('DLBM'));
  if (!dltbStyles.has(c)) dltbStyles.set(c, style(c, 'rgba(120,120,120,0.5)', 0.5));
  return dltbStyles.get(c);
};
const STYLES = {
  YJJBNT: style('rgba(255,200,0,0.12)', '#b8860b', 1.5, [6, 3]),
  STBHHX: style('rgba(0,128,0,0.15)', '#006400', 2),
  CZKFBJ: style(null, '#7b2cbf', 2.5, [10, 5]),
  parcels: style('rgba(30,80,200,0.15)', '#1e50c8', 2),
  findings: style('rgba(220,0,0,0.45)', '#d00000', 2.5),
  highlight: style('rgba(255,0,0,0.25)', '#ff0000', 4),
  editing: [style('rgba(255,140,0,0.25)', '#ff8c00', 3), new ol.style.Style({
    image: new ol.style.Circle({ radius: 5, fill: new ol.style.Fill({ color: '#ff8c00' }) }),
    geometry: (f) => vertices(f.getGeometry()),
  })],
};

export class PlanMap {
  constructor(target, planId, summary) {
    const crs = (summary.latest && summary.crs) || 'EPSG:4523';
    const extent = summary.extent && summary.extent.length === 4 ? summary.extent : undefined;
    this.projection = new ol.proj.Projection({ code: crs, units: 'm', extent });
    this.planId = planId;
    this.layers = {};
    const base = `/api/plans/${planId}/layers/`;
    this.layers.DLTB = this.vector(base + 'DLTB', dltbStyle, true, 'dltb');
    for (const name of ['YJJBNT', 'STBHHX', 'CZKFBJ']) this.layers[name] = this.vector(base + name, STYLES[name], true, name.toLowerCase());
    this.layers.parcels = this.vector(base + 'parcels', STYLES.parcels, false, 'changeParcels');
    this.layers.findings = this.vector(base + 'findings', STYLES.findings, false, 'findings');
    this.highlight = new ol.layer.Vector({ source: new ol.source.Vector(), style: STYLES.highlight, zIndex: 10 });
    this.map = new ol.Map({
      target,
      layers: [...Object.values(this.layers), this.highlight],
      view: new ol.View({ projection: this.projection, center: extent ? ol.extent.getCenter(extent) : [0, 0], zoom: 2 }),
    });
    if (extent) this.map.getView().fit(extent, { padding: [20, 20, 20, 20] });
    this.editing = null;
  }

  /** The change parcel under the pixel, or null. */
  parcelAt(pixel) {
    let found = null;
    this.map.forEachFeatureAtPixel(pixel, (f) => { found = f; return true; },
      { layerFilter: (l) => l === this.layers.parcels, hitTolerance: 2 });
    return found;
  }

  /** Starts editing the shape of a change parcel (OpenLayers Modify on a copy). */
  editShape(feature) {
    this.stopEditing();
    const copy = feature.clone();
    copy.setId(feature.getId());
    const source = new ol.source.Vector({ features: [copy] });
    const layer = new ol.layer.Vector({ source, style: STYLES.editing, zIndex: 20 });
    const modify = new ol.interaction.Modify({ source, pixelTolerance: 8 });
    this.map.addLayer(layer);
    this.map.addInteraction(modify);
    this.editing = { feature: copy, layer, modify };
    this.map.getView().fit(copy.getGeometry().getExtent(), { padding: [80, 80, 80, 80], maxZoom: 8 });
    return copy;
  }

  /** The edited shape as a GeoJSON geometry in the plan's CRS, or null. */
  editedGeometry() {
    if (!this.editing) return null;
    return new ol.format.GeoJSON().writeGeometryObject(this.editing.feature.getGeometry(),
      { dataProjection: this.projection, featureProjection: this.projection });
  }

  stopEditing() {
    if (!this.editing) return;
    this.map.removeInteraction(this.editing.modify);
    this.map.removeLayer(this.editing.layer);
    this.editing = null;
  }

  /** The pixel of a coordinate of the map (for tests and tools). */
  pixelOf(coordinate) {
    return this.map.getPixelFromCoordinate(coordinate);
  }

  vector(url, styleFn, byBbox, label) {
    const proj = () => this.projection;
    const format = new ol.format.GeoJSON();
    const source = new ol.source.Vector({
      strategy: byBbox ? ol.loadingstrategy.bbox : ol.loadingstrategy.all,
      loader: (extent, resolution, projection, success, failure) => {
        const q = byBbox ? `?bbox=${extent.map((x) => x.toFixed(2)).join(',')}` : '';
        fetch(url + q, { credentials: 'same-origin' }).then((r) => (r.ok ? r.json() : Promise.reject(r.status)))
          .then((json) => {
            const fs = format.readFeatures(json, { dataProjection: proj(), featureProjection: proj() });
            source.addFeatures(fs);
            success(fs);
          }).catch(() => { source.removeLoadedExtent(extent); failure(); });
      },
    });
    const layer = new ol.layer.Vector({ source, style: styleFn, properties: { label } });
    return layer;
  }

  /** Zooms to the features with these ids (parcels, findings) and outlines them in red. */
  show(ids) {
    const wanted = new Set(ids);
    const found = [];
    for (const name of ['findings', 'parcels', 'DLTB', 'YJJBNT', 'STBHHX', 'CZKFBJ']) {
      for (const f of this.layers[name].getSource().getFeatures()) if (wanted.has(f.getId())) found.push(f.clone());
    }
    const src = this.highlight.getSource();
    src.clear();
    src.addFeatures(found);
    if (found.length) this.map.getView().fit(src.getExtent(), { padding: [60, 60, 60, 60], maxZoom: 8, duration: 300 });
    return found.length;
  }

  static legend() {
    const items = [
      ...CLASS_COLOURS.map(([, c, label]) => [c, label, false]),
      ['rgba(255,200,0,0.3)', t('yjjbnt'), '#b8860b'], ['rgba(0,128,0,0.3)', t('stbhhx'), '#006400'],
      ['transparent', t('czkfbj'), '#7b2cbf'], ['rgba(30,80,200,0.3)', t('changeParcels'), '#1e50c8'],
      ['rgba(220,0,0,0.6)', t('findings'), '#d00000'],
    ];
    return items;
  }
}
