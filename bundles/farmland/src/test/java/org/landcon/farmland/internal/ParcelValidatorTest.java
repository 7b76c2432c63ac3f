package org.landcon.farmland.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.Problem;
import org.landcon.spatial.plan.PlanPackageBuilder;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Coordinate;

class ParcelValidatorTest {
    private final FarmlandModule module = new FarmlandModule();

    private static ChangeParcel parcel(String id, Object... props) {
        Map<String, Object> p = Township.map(props);
        p.put("type", "farmland");
        return PlanPackageBuilder.changeParcel(id, new GeometryFactory().createPoint(new Coordinate(0, 0)), p);
    }

    private static String line(Problem p) {
        return p.file() + "|" + p.feature() + "|" + p.field() + "|" + p.message() + "|" + p.messageEn();
    }

    private List<String> problems(ChangeParcel parcel) {
        List<Problem> found = module.validate(parcel);
        assertTrue(found.stream().allMatch(p -> p.severity() == Problem.Severity.ERROR));
        return found.stream().map(ParcelValidatorTest::line).toList();
    }

    @Test
    void aCompleteParcelOfEachKindHasNoProblem() {
        assertEquals(List.of(), problems(parcel("nf-1", "kind", "farmland-creation", "toDLBM", "0103", "toGrade", 7,
                "measure", "measured", "start", "2026-03-01", "finish", "2026-10-31")));
        assertEquals(List.of(), problems(parcel("po-1", "kind", "pbf-out", "start", "2026-03-01", "finish", "2026-03-01")));
        assertEquals(List.of(), problems(parcel("hs-1", "kind", "high-standard")));
    }

    @Test
    void unknownKindIsNamedWithParcelAndField() {
        assertEquals(List.of("subprojects.geojson|x-1|kind|未知的农用地整治地块类型“orchard”|unknown farmland parcel kind 'orchard'"),
                problems(parcel("x-1", "kind", "orchard")));
    }

    @Test
    void missingRequiredPropertiesAreEachReported() {
        assertEquals(List.of(
                "subprojects.geojson|nf-2|toDLBM|缺少必填属性 toDLBM（新增耕地）|missing required property toDLBM (farmland-creation)",
                "subprojects.geojson|nf-2|measure|缺少必填属性 measure（新增耕地）|missing required property measure (farmland-creation)"),
                problems(parcel("nf-2", "kind", "farmland-creation")));
        assertEquals(List.of(
                "subprojects.geojson|pi-1|finish|缺少必填属性 finish（永久基本农田补划）|missing required property finish (pbf-in)"),
                problems(parcel("pi-1", "kind", "pbf-in", "start", "2026-01-01", "finish", " ")));
    }

    @Test
    void targetClassMustBeASurveyCodeAndCultivatedForCreation() {
        assertEquals(List.of("subprojects.geojson|nf-3|toDLBM|地类编码“0199”不是有效的三调地类编码|toDLBM '0199' is not a valid land class code (三调)"),
                problems(parcel("nf-3", "kind", "farmland-creation", "toDLBM", "0199", "measure", "measured")));
        assertEquals(List.of("subprojects.geojson|nf-4|toDLBM|新增耕地的目标地类应为 0101、0102 或 0103，实为“0201”|farmland-creation must target 0101, 0102 or 0103, not '0201'"),
                problems(parcel("nf-4", "kind", "farmland-creation", "toDLBM", "0201", "measure", "measured")));
        assertEquals(List.of("subprojects.geojson|dp-1|toDLBM|旱改水的目标地类应为 0101 水田，实为“0102”|dry-to-paddy must target 0101 (paddy), not '0102'"),
                problems(parcel("dp-1", "kind", "dry-to-paddy", "toDLBM", "0102")));
    }

    @Test
    void gradeMustBeOneToFifteen() {
        assertEquals(List.of("subprojects.geojson|qu-1|toGrade|耕地质量等别应为 1–15 的整数，实为“16”|toGrade must be a whole number 1–15, got '16'"),
                problems(parcel("qu-1", "kind", "quality-upgrade", "toGrade", 16)));
        assertEquals(List.of("subprojects.geojson|qu-2|toGrade|耕地质量等别应为 1–15 的整数，实为“0”|toGrade must be a whole number 1–15, got '0'"),
                problems(parcel("qu-2", "kind", "quality-upgrade", "toGrade", 0)));
        assertEquals(List.of(), problems(parcel("qu-3", "kind", "quality-upgrade", "toGrade", 15)));
    }

    @Test
    void measureMustBeOneOfThree() {
        assertEquals(List.of("subprojects.geojson|nf-5|measure|测量方式应为 measured（实测）、map（图上作业）或 coefficient（系数测算），实为“gps”|measure must be measured, map or coefficient, got 'gps'"),
                problems(parcel("nf-5", "kind", "farmland-creation", "toDLBM", "0101", "measure", "gps")));
    }

    @Test
    void deductionCoefficientMustBeBelowOne() {
        assertEquals(List.of("subprojects.geojson|nf-6|toKCXS|扣除系数应不小于 0 且小于 1，实为“1.2”|toKCXS must be at least 0 and less than 1, got '1.2'"),
                problems(parcel("nf-6", "kind", "farmland-creation", "toDLBM", "0103", "measure", "measured", "toKCXS", 1.2)));
    }

    @Test
    void finishBeforeStartIsReportedOnFinish() {
        assertEquals(List.of("subprojects.geojson|po-2|finish|完工日期 2026-02-28 早于开工日期 2026-03-01|finish 2026-02-28 is before start 2026-03-01"),
                problems(parcel("po-2", "kind", "pbf-out", "start", "2026-03-01", "finish", "2026-02-28")));
    }

    @Test
    void moduleDescribesItsKinds() {
        assertEquals("farmland", module.type());
        assertEquals("农用地整治", module.nameZh());
        assertEquals(List.of("high-standard", "quality-upgrade", "farmland-creation", "dry-to-paddy", "pbf-out", "pbf-in",
                "river-exit", "slope-exit"), module.kinds().stream().map(k -> k.id()).toList());
        assertEquals(List.of("toDLBM", "measure"), FarmlandKinds.BY_ID.get("farmland-creation").requiredProperties());
        assertEquals(List.of("start", "finish"), FarmlandKinds.BY_ID.get("pbf-in").requiredProperties());
    }
}
