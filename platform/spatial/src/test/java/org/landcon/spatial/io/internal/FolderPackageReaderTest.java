package org.landcon.spatial.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.LandParcel;
import org.landcon.api.model.PlanPackage;
import org.landcon.api.model.Problem;
import org.landcon.api.service.InvalidPackageException;

class FolderPackageReaderTest {

    @TempDir
    Path dir;

    private final FolderPackageReader reader = new FolderPackageReader();

    @Test
    void readsAValidPackageIntoTypedParcelsWithSourceHashes() throws Exception {
        Path root = new PackageFixture(dir.resolve("pkg")).write();

        PlanPackage p = reader.read(root);

        assertEquals("640122101", p.unit().code());
        assertEquals(4523, p.unit().srid());
        assertEquals(2025, p.unit().startYear());
        assertEquals(29600.0, p.unit().boundary().getArea(), 0.01);
        LandParcel pond = p.landParcels().get(2);
        assertEquals("3", pond.BSM());
        assertEquals("1104A", pond.DLBM());
        assertEquals(9600.0, pond.TBDLMJ(), 0.01);
        assertEquals(7, pond.GDDB());
        assertEquals("王家村", pond.QSDWMC());
        assertEquals("养殖坑塘", pond.attributes().get("DLMC"));
        assertEquals(Set.of("YJJBNT", "STBHHX", "CZKFBJ"), p.controls().keySet());
        assertEquals("YJJBNT-1", p.control("YJJBNT").get(0).id());
        ChangeParcel sp = p.changeParcels().get(0);
        assertEquals("sp-1/1", sp.id());
        assertEquals("0101", sp.toDLBM());
        assertEquals(6, sp.toGrade());
        assertEquals(LocalDate.of(2025, 10, 31), sp.finish());
        assertEquals(120.5, sp.number("investment"));
        assertEquals(0.0, p.changeParcels().get(1).toKCXS());
        assertEquals(sha256(root.resolve("basemap/DLTB.dbf")), p.sources().get("basemap/DLTB.dbf"));
        assertEquals(sha256(root.resolve("unit.json")), p.sources().get("unit.json"));
        assertEquals(sha256(root.resolve("subprojects.geojson")), p.sources().get("subprojects.geojson"));
        assertEquals(5 + 3 * 5 + 2, p.sources().size());
        assertEquals(List.of(), p.warnings());
    }

    @Test
    void computesTbdlmjFromTbmjAndKcmjWhenMissing() throws Exception {
        PackageFixture f = new PackageFixture(dir);
        f.dltb.set(0, PackageFixture.with(PackageFixture.with(PackageFixture.with(f.dltb.get(0), "TBDLMJ", null),
                "KCMJ", 812.35), "TBMJ", 10000.0));
        LandParcel p = reader.read(f.write()).landParcels().get(0);
        assertEquals(812.35, p.KCMJ(), 0.001);
        assertEquals(9187.65, p.TBDLMJ(), 0.001);
    }

    @Test
    void matchesFolderAndLayerNamesWhateverTheirCase() throws Exception {
        Path root = new PackageFixture(dir.resolve("pkg")).write();
        for (String ext : List.of("shp", "shx", "dbf", "prj", "cpg")) {
            Files.move(root.resolve("basemap/DLTB." + ext), root.resolve("basemap/dltb." + ext.toUpperCase()));
        }
        Files.move(root.resolve("basemap"), root.resolve("BaseMap"));
        PlanPackage p = reader.read(root);
        assertEquals(3, p.landParcels().size());
        assertEquals(sha256(root.resolve("BaseMap/dltb.DBF")), p.sources().get("BaseMap/dltb.DBF"));
    }

    @Test
    void readsAPackageGivenByARelativePath() throws Exception {
        Path root = new PackageFixture(dir.resolve("pkg")).write();
        Path relative = Path.of("").toAbsolutePath().relativize(root);
        assertTrue(!relative.isAbsolute());
        PlanPackage p = reader.read(relative);
        assertEquals(3, p.landParcels().size());
        assertTrue(p.sources().containsKey("basemap/DLTB.dbf"), p.sources().toString());
    }

    @Test
    void readsFlatGeobufLayersAsTheShapefilesTheyReplace() throws Exception {
        Path root = new PackageFixture(dir.resolve("pkg")).write();
        PlanPackage fromShapefiles = reader.read(root);
        for (String layer : List.of("basemap/DLTB", "controls/YJJBNT")) {
            Path shp = root.resolve(layer + ".shp");
            org.landcon.spatial.io.FlatGeobufWriter.write(root.resolve(layer + ".fgb"),
                    org.landcon.spatial.io.ShapefileReader.read(shp));
            for (String ext : List.of("shp", "shx", "dbf", "prj", "cpg")) {
                Files.deleteIfExists(root.resolve(layer + "." + ext));
            }
        }

        PlanPackage p = reader.read(root);

        assertEquals(fromShapefiles.landParcels().size(), p.landParcels().size());
        for (int i = 0; i < p.landParcels().size(); i++) {
            LandParcel a = fromShapefiles.landParcels().get(i);
            LandParcel b = p.landParcels().get(i);
            assertEquals(a.BSM(), b.BSM());
            assertEquals(a.DLBM(), b.DLBM());
            assertEquals(a.QSDWMC(), b.QSDWMC());
            assertEquals(a.TBDLMJ(), b.TBDLMJ(), 1e-9);
            assertTrue(a.geometry().equalsExact(b.geometry()));
        }
        assertEquals(fromShapefiles.control("YJJBNT").size(), p.control("YJJBNT").size());
        assertTrue(p.sources().containsKey("basemap/DLTB.fgb"), p.sources().toString());
    }

    @Test
    void takesTheUnitCrsForALayerWithoutPrjAndRejectsAnotherCrs() throws Exception {
        PackageFixture f = new PackageFixture(dir);
        f.dltbCrs = null;
        f.write();
        assertEquals(3, reader.read(dir).landParcels().size());

        Files.writeString(dir.resolve("controls/STBHHX.prj"), org.landcon.spatial.io.EsriPrj.write(4544));
        assertProblems(dir, Problem.error("controls/STBHHX.shp", null, null,
                "图层坐标系 EPSG:4544 与单元坐标系 EPSG:4523 不一致；本版本不做坐标转换，请先将图层转换到 EPSG:4523",
                "the layer is in EPSG:4544 but the unit is in EPSG:4523; this version does not reproject: "
                        + "convert the layer to EPSG:4523 first"));
    }

    @Test
    void flagsALegacyXianLayerAndStillRequiresTheUnitCrs() throws Exception {
        PackageFixture f = new PackageFixture(dir);
        f.write();
        Files.writeString(dir.resolve("controls/CZKFBJ.prj"), org.landcon.spatial.io.EsriPrj.write(2359));
        assertProblems(dir,
                Problem.warning("controls/CZKFBJ.shp", null, null, "图层使用旧坐标系 西安1980（EPSG:2359），应转换到 CGCS2000",
                        "the layer uses the legacy Xian 1980 CRS (EPSG:2359); convert it to CGCS2000"),
                Problem.error("controls/CZKFBJ.shp", null, null,
                        "图层坐标系 EPSG:2359 与单元坐标系 EPSG:4523 不一致；本版本不做坐标转换，请先将图层转换到 EPSG:4523",
                        "the layer is in EPSG:2359 but the unit is in EPSG:4523; this version does not reproject: "
                                + "convert the layer to EPSG:4523 first"));
    }

    @Test
    void reportsAnUnrecognisedPrj() throws Exception {
        new PackageFixture(dir).write();
        Files.writeString(dir.resolve("controls/YJJBNT.prj"), "PROJCS[\"WGS_1984_UTM_Zone_48N\",GEOGCS[\"GCS_WGS_1984\","
                + "DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],"
                + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\","
                + "500000.0],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",105.0],PARAMETER["
                + "\"Scale_Factor\",0.9996],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]");
        assertProblems(dir, Problem.error("controls/YJJBNT.shp", null, null,
                "无法识别图层的坐标系“WGS_1984_UTM_Zone_48N”；应为 CGCS2000（EPSG:4490 或 4513–4554）",
                "the layer's CRS \"WGS_1984_UTM_Zone_48N\" is not recognised; expected CGCS2000 (EPSG:4490 or 4513–4554)"));
    }

    static void assertProblems(Path pkg, Problem... expected) {
        InvalidPackageException e = assertThrows(InvalidPackageException.class, () -> new FolderPackageReader().read(pkg));
        assertEquals(List.of(expected), e.problems());
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void sayWhenThereIsNoPackage() {
        InvalidPackageException e = assertThrows(InvalidPackageException.class, () -> reader.read(dir.resolve("nix")));
        assertEquals(List.of(Problem.error("nix", null, null, "找不到规划数据包（应为文件夹或 .zip 压缩包）",
                "no plan package here (expected a folder or a .zip)")), e.problems());
        assertNull(e.getCause());
    }
}
