package org.landcon.spatial.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.LandBalance;
import org.landcon.api.model.LandParcel;
import org.landcon.api.model.OverlayPiece;
import org.landcon.api.model.PlanPackage;
import org.landcon.spatial.generator.TownshipGenerator;
import org.landcon.spatial.overlay.AccountingOverlay;
import org.landcon.spatial.overlay.Balances;
import org.landcon.spatial.overlay.ConflictFinder;
import org.landcon.spatial.overlay.SurveyIndex;
import org.locationtech.jts.io.WKTWriter;

/**
 * Benchmark (not a test): generates a township, times the accounting overlay and the balance warm
 * (median of several runs), and writes the same data as CSV for the PostGIS side of
 * {@code bench/overlay-vs-postgis.sh}. Prints {@code key=value} lines the script reads.
 *
 * <pre>OverlayBenchmark --seed 42 --polygons 200000 --parcels 1000 --iterations 7 --csv dir</pre>
 */
public final class OverlayBenchmark {

    private OverlayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new TreeMap<>(Map.of("--seed", "42", "--polygons", "200000", "--parcels", "1000",
                "--iterations", "7"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i], args[i + 1]);
        }
        long t0 = System.nanoTime();
        PlanPackage pkg = new TownshipGenerator(Long.parseLong(opt.get("--seed")), Integer.parseInt(opt.get("--polygons")),
                Integer.parseInt(opt.get("--parcels"))).generate();
        System.out.printf("generate_s=%.2f%n", seconds(t0));
        System.out.printf("dltb=%d%nparcels=%d%ncores=%d%n", pkg.landParcels().size(), pkg.changeParcels().size(),
                Runtime.getRuntime().availableProcessors());
        long t1 = System.nanoTime();
        SurveyIndex index = new SurveyIndex(pkg.landParcels());
        System.out.printf("index_s=%.3f%n", seconds(t1));
        List<ChangeParcel> parcels = pkg.changeParcels();
        int iterations = Integer.parseInt(opt.get("--iterations"));
        double[] times = new double[iterations];
        List<OverlayPiece> pieces = null;
        LandBalance balance = null;
        for (int k = -2; k < iterations; k++) {
            long s = System.nanoTime();
            pieces = AccountingOverlay.overlay(index, parcels, List.of());
            balance = Balances.of(pkg.landParcels(), pieces);
            if (k >= 0) {
                times[k] = seconds(s);
            }
        }
        long c = System.nanoTime();
        int conflicts = ConflictFinder.find(parcels, ConflictFinder.TOLERANCE).size();
        System.out.printf("conflicts=%d%nconflicts_s=%.3f%n", conflicts, seconds(c));
        Arrays.sort(times);
        System.out.printf("ours_runs_s=%s%nours_median_s=%.4f%n", Arrays.toString(times), times[iterations / 2]);
        System.out.printf("pieces=%d%noverlap_m2=%.4f%nmoved_m2=%.4f%n", pieces.size(),
                pieces.stream().mapToDouble(OverlayPiece::overlapArea).sum(),
                pieces.stream().mapToDouble(OverlayPiece::officialArea).sum());
        System.out.printf("balance_before_m2=%.4f%nbalance_after_m2=%.4f%n",
                balance.before().values().stream().mapToDouble(Double::doubleValue).sum(),
                balance.after().values().stream().mapToDouble(Double::doubleValue).sum());
        if (opt.containsKey("--csv")) {
            writeCsv(pkg, Path.of(opt.get("--csv")));
            StringBuilder after = new StringBuilder();
            balance.after().forEach((cls, area) -> after.append(cls).append('\t').append(area).append('\n'));
            Files.writeString(Path.of(opt.get("--csv"), "balance-after.tsv"), after);
        }
    }

    /** dltb.csv (bsm, dlbm, tbmj, kcmj, tbdlmj, wkt) and parcels.csv (id, todlbm, tokcxs, wkt), tab-separated. */
    static void writeCsv(PlanPackage pkg, Path dir) throws IOException {
        Files.createDirectories(dir);
        WKTWriter wkt = new WKTWriter();
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("dltb.tsv"), StandardCharsets.UTF_8)) {
            for (LandParcel p : pkg.landParcels()) {
                out.write(String.join("\t", p.BSM(), p.DLBM(), Double.toString(p.TBMJ()), Double.toString(p.KCMJ()),
                        Double.toString(p.TBDLMJ()), wkt.write(p.geometry())));
                out.newLine();
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("parcels.tsv"), StandardCharsets.UTF_8)) {
            for (ChangeParcel p : pkg.changeParcels()) {
                boolean kcxs = p.properties().containsKey("toKCXS");
                out.write(String.join("\t", p.id(), p.toDLBM() == null ? "\\N" : p.toDLBM(),
                        kcxs ? Double.toString(p.toKCXS()) : "\\N", wkt.write(p.geometry())));
                out.newLine();
            }
        }
        List<String> done = new ArrayList<>(List.of("dltb.tsv", "parcels.tsv"));
        System.out.println("csv=" + dir.toAbsolutePath() + " " + done);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
