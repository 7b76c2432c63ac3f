package org.landcon.spatial.generator;

import java.nio.file.Path;

import org.landcon.api.model.PlanPackage;

/**
 * {@code java -cp … org.landcon.spatial.generator.GenerateMain --seed 42 --polygons 200000
 * [--parcels 1000] --out dir}: writes a synthetic township package.
 */
public final class GenerateMain {

    private GenerateMain() {
    }

    public static void main(String[] args) throws Exception {
        long seed = 42;
        int polygons = 200_000;
        Integer parcels = null;
        Path out = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--polygons" -> polygons = Integer.parseInt(args[i + 1]);
                case "--parcels" -> parcels = Integer.parseInt(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (out == null) {
            System.err.println("usage: GenerateMain --seed 42 --polygons 200000 [--parcels 1000] --out dir");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        TownshipGenerator generator = parcels == null ? new TownshipGenerator(seed, polygons)
                : new TownshipGenerator(seed, polygons, parcels);
        PlanPackage pkg = generator.generate();
        long t1 = System.nanoTime();
        generator.writePackage(out);
        long t2 = System.nanoTime();
        System.out.printf("生成 (generated) %d 地类图斑, %d 变化地块 in %.1f s; written to %s in %.1f s%n",
                pkg.landParcels().size(), pkg.changeParcels().size(), (t1 - t0) / 1e9, out, (t2 - t1) / 1e9);
    }
}
