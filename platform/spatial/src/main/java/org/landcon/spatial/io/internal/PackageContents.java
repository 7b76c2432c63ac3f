package org.landcon.spatial.io.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ControlFeature;
import org.landcon.api.model.ControlLayers;
import org.landcon.api.model.LandParcel;
import org.landcon.api.model.PlanPackage;
import org.landcon.api.model.Problem;
import org.landcon.api.service.InvalidPackageException;
import org.landcon.spatial.io.FeatureLayer;

/**
 * Reads an unpacked plan package folder per plan-package.md: unit.json, basemap/DLTB, the control
 * layers (YJJBNT, STBHHX, CZKFBJ required; HHGLFW, LSWHBH, GSMM optional) and subprojects.geojson.
 * Every problem of every file is collected before failing.
 */
public final class PackageContents {

    private static final Map<String, String> LAYER_NAMES = Map.of(ControlLayers.YJJBNT, "永久基本农田",
            ControlLayers.STBHHX, "生态保护红线", ControlLayers.CZKFBJ, "城镇开发边界");

    private final PackageFiles files;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> sources = new LinkedHashMap<>();

    public PackageContents(Path root) {
        this.files = new PackageFiles(root);
    }

    public PlanPackage read() throws IOException, InvalidPackageException {
        UnitJson unit = unit();
        LayerLoader loader = new LayerLoader(files, sources, problems, unit == null ? 0 : unit.epsg());
        List<LandParcel> parcels = landParcels(loader);
        Map<String, List<ControlFeature>> controls = controls(loader);
        List<ChangeParcel> changes = changeParcels(loader);
        if (unit == null || !unit.complete() || problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR)) {
            throw new InvalidPackageException(problems);
        }
        return new PlanPackage(unit.unit(unit.boundary() == null ? UnitBoundary.of(parcels) : null), parcels,
                controls, changes, sources, problems);
    }

    private UnitJson unit() throws IOException {
        Path file = files.find("", "unit.json");
        if (file == null) {
            problems.add(Problem.error("unit.json", null, null, "缺少单元文件 unit.json", "unit.json is missing"));
            return null;
        }
        sources.put(files.label(file), Sha256.of(file));
        return UnitJson.read(file, files.label(file), problems);
    }

    private List<LandParcel> landParcels(LayerLoader loader) throws IOException {
        List<Path> found = new java.util.ArrayList<>();
        for (String ext : List.of("shp", "geojson", "fgb")) {
            Path p = files.find("basemap", "DLTB." + ext);
            if (p != null) {
                found.add(p);
            }
        }
        if (found.isEmpty()) {
            problems.add(Problem.error("basemap/DLTB.shp", null, null,
                    "缺少地类图斑图层 basemap/DLTB.shp、basemap/DLTB.geojson 或 basemap/DLTB.fgb",
                    "the land-use layer basemap/DLTB.shp, basemap/DLTB.geojson or basemap/DLTB.fgb is missing"));
            return List.of();
        }
        for (Path other : found.subList(1, found.size())) {
            problems.add(Problem.warning(files.label(other), null, null, "同时存在 " + files.label(found.get(0)) + " 与 "
                    + files.label(other) + "，使用 " + files.label(found.get(0)), "both " + files.label(found.get(0))
                    + " and " + files.label(other) + " exist; " + files.label(found.get(0)) + " is used"));
        }
        FeatureLayer layer = loader.load(found.get(0));
        return layer == null ? List.of() : DltbValidator.validate(layer, problems);
    }

    private Map<String, List<ControlFeature>> controls(LayerLoader loader) throws IOException {
        Map<String, List<ControlFeature>> controls = new LinkedHashMap<>();
        for (String name : ControlLayers.ALL) {
            Path file = files.findLayer("controls", name, List.of("shp", "geojson", "json", "fgb"));
            if (file == null && ControlLayers.REQUIRED.contains(name)) {
                problems.add(Problem.error("controls/" + name + ".shp", null, null, "缺少控制线图层 controls/" + name + "（"
                        + LAYER_NAMES.get(name) + "），应为 .shp、.geojson 或 .fgb", "the control layer controls/" + name
                        + " is missing (.shp, .geojson or .fgb)"));
            }
            FeatureLayer layer = file == null ? null : loader.load(file);
            if (layer != null) {
                controls.put(name, ControlFeatureBuilder.build(name, layer, problems));
            }
        }
        return controls;
    }

    private List<ChangeParcel> changeParcels(LayerLoader loader) throws IOException {
        Path file = files.find("", "subprojects.geojson");
        if (file == null || !Files.isRegularFile(file)) {
            problems.add(Problem.error("subprojects.geojson", null, null, "缺少子项目文件 subprojects.geojson",
                    "subprojects.geojson is missing"));
            return List.of();
        }
        FeatureLayer layer = loader.load(file);
        return layer == null ? List.of() : ChangeParcelBuilder.build(layer, problems);
    }
}
