package org.landcon.spatial.generator;

import java.util.SplittableRandom;

import org.locationtech.jts.geom.Coordinate;

/**
 * The land class (DLBM) of a field cell from where it is: river water and fish ponds by the river,
 * some paddy on the wet plain, 水浇地 on the irrigated plain, 旱地 and grass on the dry uplands, sand
 * at the western edge, grassland and forest in the red-line corner, saline spots and orchards
 * scattered by noise, 宅基地 in the hamlets and town land around the seat.
 */
final class LandUseMix {
    private final Places places;
    private final Noise saline;
    private final Noise orchard;
    private final Noise wood;
    private final Noise wet;

    /** A land class with its 城镇村属性码 (null outside 城镇村). */
    record LandUse(String dlbm, String czcsxm) {
    }

    LandUseMix(Places places, long seed) {
        this.places = places;
        this.saline = new Noise(seed ^ 1, 700);
        this.orchard = new Noise(seed ^ 2, 900);
        this.wood = new Noise(seed ^ 3, 600);
        this.wet = new Noise(seed ^ 4, 500);
    }

    LandUse of(Coordinate c, SplittableRandom r) {
        double river = places.riverDistance(c);
        if (river < 30) {
            return new LandUse("1101", null);
        }
        double seat = c.distance(places.seat);
        if (seat < places.seatRadius) {
            return town(r);
        }
        if (places.inHamlet(c)) {
            return r.nextDouble() < 0.88 ? new LandUse("0702", "203")
                    : new LandUse(r.nextBoolean() ? "1201" : "08H2", "203");
        }
        if (places.inRedLine(c)) {
            return redLine(r);
        }
        double u = places.u(c);
        if (u < 0.07) {
            return new LandUse(r.nextDouble() < 0.7 ? "1205" : "0404", null);
        }
        if (river < 700 && wet.at(c.x, c.y) > 0.7) {
            return new LandUse(r.nextDouble() < 0.1 ? "1104K" : "1104A", null);
        }
        if (saline.at(c.x, c.y) > 0.84) {
            return new LandUse("1204", null);
        }
        if (orchard.at(c.x, c.y) > 0.84) {
            return new LandUse(r.nextDouble() < 0.12 ? "0201K" : "0201", null);
        }
        if (wood.at(c.x, c.y) > 0.88) {
            return new LandUse("0301", null);
        }
        return u < 0.33 ? upland(r) : plain(c, river, r);
    }

    private LandUse plain(Coordinate c, double river, SplittableRandom r) {
        if (river < 1500 && wet.at(c.x, c.y) > 0.6) {
            return new LandUse("0101", null);
        }
        double p = r.nextDouble();
        return new LandUse(p < 0.93 ? "0102" : p < 0.97 ? "0103" : p < 0.985 ? "0404" : "1202", null);
    }

    private static LandUse upland(SplittableRandom r) {
        double p = r.nextDouble();
        return new LandUse(p < 0.62 ? "0103" : p < 0.8 ? "0102" : p < 0.95 ? "0404" : "0305", null);
    }

    private static LandUse redLine(SplittableRandom r) {
        double p = r.nextDouble();
        return new LandUse(p < 0.55 ? "0404" : p < 0.75 ? "0301" : p < 0.85 ? "0305" : p < 0.93 ? "1205" : "0103",
                null);
    }

    private static LandUse town(SplittableRandom r) {
        double p = r.nextDouble();
        String dlbm = p < 0.55 ? "0701" : p < 0.7 ? "05H1" : p < 0.8 ? "08H2" : p < 0.88 ? "08H1" : p < 0.94 ? "0810"
                : "0601";
        return new LandUse(dlbm, "202");
    }
}
