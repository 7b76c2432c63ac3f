package org.landcon.spatial.io.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.landcon.api.model.Problem;
import org.landcon.api.model.Unit;
import org.landcon.spatial.io.Crs;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code unit.json}, the consolidation unit: {@code code} (9 digits), {@code name}, {@code county} and
 * {@code region} (6 digits), {@code crs} (a CGCS2000 EPSG code), {@code period} [start, end];
 * optional {@code boundary} (GeoJSON geometry) and {@code pbfDesignatedArea} (m²). Every missing or
 * malformed field is reported.
 *
 * @param epsg the unit's EPSG code, or 0 when {@code crs} is missing or unusable
 */
public record UnitJson(String code, String name, String county, String region, int epsg, int startYear,
        int endYear, Geometry boundary, Double pbfDesignatedArea) {

    private static final Map<String, String> NAMES = Map.of("code", "单元代码", "name", "单元名称", "county", "县级行政区代码",
            "region", "省级行政区代码", "crs", "坐标系", "period", "实施期限");

    /** The unit, with {@code boundary} when unit.json gives none. */
    public Unit unit(Geometry fallbackBoundary) {
        return new Unit(code, name, county, region, "EPSG:" + epsg, startYear, endYear,
                boundary != null ? boundary : fallbackBoundary, pbfDesignatedArea);
    }

    /** Reads unit.json; returns {@code null} and adds problems when it is not usable. */
    public static UnitJson read(Path file, String label, List<Problem> problems) throws IOException {
        JsonNode n;
        try {
            n = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            problems.add(Problem.error(label, null, null, "unit.json 解析失败：第 " + e.getLocation().getLineNr() + " 行："
                    + e.getOriginalMessage(), "unit.json cannot be parsed: line " + e.getLocation().getLineNr()
                    + ": " + e.getOriginalMessage()));
            return null;
        }
        int before = problems.size();
        String code = text(n, "code", "\\d{9}", "9 位数字", "9 digits", label, problems);
        String name = text(n, "name", ".+", "", "", label, problems);
        String county = text(n, "county", "\\d{6}", "6 位数字", "6 digits", label, problems);
        String region = text(n, "region", "\\d{6}", "6 位数字", "6 digits", label, problems);
        int epsg = crs(n, label, problems);
        int[] period = period(n, label, problems);
        Geometry boundary = boundary(n, label, problems);
        Double pbf = pbf(n, label, problems);
        if (problems.size() > before) {
            return epsg > 0 ? new UnitJson(null, null, null, null, epsg, 0, 0, null, null) : null;
        }
        return new UnitJson(code, name, county, region, epsg, period[0], period[1], boundary, pbf);
    }

    /** Whether every required field was read. */
    public boolean complete() {
        return code != null;
    }

    private static String text(JsonNode n, String key, String pattern, String zh, String en, String label,
            List<Problem> problems) {
        JsonNode v = n.path(key);
        if (!v.isTextual() && !v.isNumber() || v.asText().isBlank()) {
            problems.add(Problem.error(label, null, key, "缺少字段 " + key + "（" + NAMES.get(key) + "）",
                    "field " + key + " is missing"));
            return null;
        }
        if (!v.asText().matches(pattern)) {
            problems.add(Problem.error(label, null, key, NAMES.get(key) + " " + key + " 应为 " + zh + "，实际为 " + v.asText(),
                    key + " must be " + en + ", found " + v.asText()));
            return null;
        }
        return v.asText();
    }

    private static int crs(JsonNode n, String label, List<Problem> problems) {
        String text = text(n, "crs", ".+", "", "", label, problems);
        if (text == null) {
            return 0;
        }
        Crs crs = Crs.parse(text);
        KnownCrs known = crs == null ? null : KnownCrs.byEpsg(crs.epsg());
        if (known == null || crs.legacy()) {
            problems.add(Problem.error(label, null, "crs", "坐标系 crs 应为 CGCS2000 的 EPSG 代码（EPSG:4490 或 4513–4554），实际为 "
                    + text, "crs must be a CGCS2000 EPSG code (EPSG:4490 or 4513–4554), found " + text));
            return 0;
        }
        return crs.epsg();
    }

    private static int[] period(JsonNode n, String label, List<Problem> problems) {
        JsonNode p = n.path("period");
        if (p.isMissingNode() || p.isNull()) {
            problems.add(Problem.error(label, null, "period", "缺少字段 period（实施期限）", "field period is missing"));
        } else if (p.isArray() && p.size() == 2 && p.get(0).canConvertToInt() && p.get(1).canConvertToInt()
                && p.get(0).isIntegralNumber() && p.get(1).isIntegralNumber() && p.get(0).asInt() <= p.get(1).asInt()) {
            return new int[] { p.get(0).asInt(), p.get(1).asInt() };
        } else {
            problems.add(Problem.error(label, null, "period", "实施期限 period 应为 [起始年, 结束年]，实际为 " + p,
                    "period must be [startYear, endYear], found " + p));
        }
        return new int[2];
    }

    private static Geometry boundary(JsonNode n, String label, List<Problem> problems) {
        try {
            return GeoJsonGeometries.read(n.get("boundary"), new GeometryFactory());
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error(label, null, "boundary", "单元边界 boundary 不是有效的 GeoJSON 几何：" + e.getMessage(),
                    "boundary is not a valid GeoJSON geometry: " + e.getMessage()));
            return null;
        }
    }

    private static Double pbf(JsonNode n, String label, List<Problem> problems) {
        JsonNode v = n.get("pbfDesignatedArea");
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber() || v.asDouble() < 0) {
            problems.add(Problem.error(label, null, "pbfDesignatedArea", "永久基本农田划定面积 pbfDesignatedArea 应为非负数值（m²），实际为 "
                    + v, "pbfDesignatedArea must be a non-negative number (m²), found " + v));
            return null;
        }
        return v.asDouble();
    }
}
