package org.landcon.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ControlFeature;
import org.landcon.api.model.LandParcel;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.PlanPackage;
import org.landcon.api.model.Unit;
import org.landcon.api.model.Verdict;
import org.landcon.report.internal.MapLayout;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class PlanMapRendererTest {

    private static final GeometryFactory GF = new GeometryFactory();
    private static final String[] CLASSES = {"0101", "0103", "0301", "0404", "1101", "0702", "1003", "1203"};
    private static final double X0 = 35_500_000;
    private static final double Y0 = 4_260_000;

    private static Geometry box(double x, double y, double w, double h) {
        return GF.toGeometry(new Envelope(X0 + x, X0 + x + w, Y0 + y, Y0 + y + h));
    }

    private static LandParcel parcel(String bsm, String dlbm, Geometry g) {
        return new LandParcel(bsm, dlbm, g.getArea(), 0, g.getArea(), null, null, null, null, "640122101001", "马家村",
                Map.of(), g);
    }

    private static ChangeParcel change(String id, String type, String toDLBM, Geometry g) {
        return new ChangeParcel(id, id.substring(0, id.indexOf('/')), "子项目", type, "k", toDLBM, null, 0, null, null,
                null, Map.of(), g);
    }

    /** 20 × 20 parcels of 100 m, with two 300 m parcels: 其他草地 at (300,300), 0103 at (1200,1200). */
    private static MapContent township() {
        List<LandParcel> parcels = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            for (int j = 0; j < 20; j++) {
                boolean inBig = (i >= 3 && i < 6 && j >= 3 && j < 6) || (i >= 12 && i < 15 && j >= 12 && j < 15);
                if (!inBig) {
                    parcels.add(parcel("B" + i + "_" + j, CLASSES[(i * 7 + j) % CLASSES.length], box(i * 100, j * 100, 100, 100)));
                }
            }
        }
        parcels.add(parcel("GRASS", "0404", box(300, 300, 300, 300)));
        parcels.add(parcel("FARM", "0103", box(1200, 1200, 300, 300)));
        Map<String, List<ControlFeature>> controls = Map.of(
                "YJJBNT", List.of(new ControlFeature("YJJBNT", "P1", Map.of(), box(0, 1000, 800, 900))),
                "STBHHX", List.of(new ControlFeature("STBHHX", "R1", Map.of(), box(1000, 1000, 900, 900))),
                "CZKFBJ", List.of(new ControlFeature("CZKFBJ", "U1", Map.of(), box(1000, 0, 900, 700))));
        List<ChangeParcel> changes = List.of(change("sp-1/1", "farmland", "0103", box(300, 300, 300, 300)),
                change("sp-2/1", "construction", "0702", box(1200, 1200, 300, 300)));
        return new MapContent("通贵乡", parcels, controls, changes, Set.of("sp-2/1"));
    }

    /** Renders, keeps the PNG as target/{name}.png to look at, and decodes it. */
    private static BufferedImage rendered(MapContent content, int w, int h, String name) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        PlanMapRenderer.render(content, w, h, png);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", name + ".png"), png.toByteArray());
        return ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
    }

    private static Color at(BufferedImage img, MapLayout layout, int panel, double x, double y) {
        Point2D p = layout.toImage(panel, new Coordinate(X0 + x, Y0 + y));
        return new Color(img.getRGB((int) p.getX(), (int) p.getY()));
    }

    private static MapLayout layout(MapContent c, int w, int h) {
        return new MapLayout(PlanMapRenderer.extent(c), w, h);
    }

    @Test
    void thePngDecodesAtTheRequestedSize() throws IOException {
        BufferedImage img = rendered(township(), 1200, 700, "map-township");
        assertEquals(1200, img.getWidth());
        assertEquals(700, img.getHeight());
    }

    @Test
    void aViolatedFeatureIsRedInBothPanels() throws IOException {
        MapContent c = township();
        BufferedImage img = rendered(c, 1200, 700, "map-violation");
        for (int panel = 0; panel < 2; panel++) {
            Color red = at(img, layout(c, 1200, 700), panel, 1350, 1350);
            assertTrue(red.getRed() > 180 && red.getGreen() < 90 && red.getBlue() < 90, "panel " + panel + ": " + red);
        }
        MapContent clean = new MapContent(c.title(), c.landParcels(), c.controls(), c.changeParcels(), Set.of());
        Color notRed = at(rendered(clean, 1200, 700, "map-clean"), layout(clean, 1200, 700), 1, 1350, 1350);
        assertTrue(notRed.getGreen() > 90 || notRed.getBlue() > 90, "without violation: " + notRed);
    }

    @Test
    void theAfterPanelShowsTheClassAfterTheWorks() throws IOException {
        MapContent c = township();
        BufferedImage img = rendered(c, 1200, 700, "map-after");
        MapLayout layout = layout(c, 1200, 700);
        assertEquals(new Color(0xB4DD8B), at(img, layout, 0, 450, 450), "整治前: 0404 其他草地");
        assertEquals(new Color(0xF5E15B), at(img, layout, 1, 450, 450), "整治后: 0103 旱地");
    }

    @Test
    void onlyViolationsMarkFeaturesRed() {
        Unit unit = new Unit("640122101", "通贵乡", "640122", "640000", "EPSG:4523", 2025, 2027, null, null);
        MapContent c = township();
        PlanPackage pkg = new PlanPackage(unit, c.landParcels(), c.controls(), c.changeParcels(), null, null);
        List<Verdict> verdicts = List.of(
                Verdict.of("ECO-REDLINE-OCCUPY", Outcome.VIOLATION).feature("sp-2/1").build(),
                Verdict.of("PLAN-EXTENT", Outcome.WARNING).feature("sp-1/1").build());
        MapContent map = MapContent.of(pkg, verdicts);
        assertEquals(Set.of("sp-2/1"), map.violated());
        assertEquals("通贵乡", map.title());
    }

    @Test
    void aPlanWithNothingToDrawStillGivesAMap() throws IOException {
        MapContent empty = new MapContent("空", List.of(), Map.of(), List.of(), Set.of());
        assertEquals(400, rendered(empty, 400, 300, "map-empty").getWidth());
    }

    @Test
    void twoHundredThousandParcelsTiming() throws IOException {
        List<LandParcel> parcels = new ArrayList<>(200_000);
        for (int i = 0; i < 500; i++) {
            for (int j = 0; j < 400; j++) {
                parcels.add(parcel("B" + i + "_" + j, CLASSES[(i * 3 + j) % CLASSES.length], box(i * 10, j * 10, 10, 10)));
            }
        }
        MapContent big = new MapContent("大乡", parcels, Map.of(), List.of(), Set.of());
        PlanMapRenderer.render(big, 1600, 900, new ByteArrayOutputStream()); // warm-up
        long t0 = System.nanoTime();
        BufferedImage drawn = PlanMapRenderer.draw(big, 1600, 900);
        long t1 = System.nanoTime();
        ImageIO.write(drawn, "png", new ByteArrayOutputStream());
        long t2 = System.nanoTime();
        System.out.printf("PlanMapRenderer: 200000 parcels, 1600x900: drawn in %d ms, PNG encoded in %d ms (%d cores)%n",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, Runtime.getRuntime().availableProcessors());
        BufferedImage img = rendered(big, 1600, 900, "map-200k");
        assertEquals(1600, img.getWidth());
    }
}
