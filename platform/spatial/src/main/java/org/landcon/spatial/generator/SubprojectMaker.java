package org.landcon.spatial.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.plan.LandClasses;
import org.landcon.spatial.generator.ChangeParcelMaker.Placed;
import org.landcon.spatial.plan.PlanPackageBuilder;

/**
 * Groups placed parcels into sub-projects (same kind and village, at most six parcels each) and
 * gives them the properties of subprojects.geojson: a schedule inside the plan period that puts
 * resettlement before demolition and PBF supplement before PBF removal, investment and funding in
 * 万元, households and consent for relocation, the resettlement a demolition depends on, quota
 * transfers for a few demolition sub-projects.
 */
final class SubprojectMaker {
    private static final double MU = 10_000.0 / 15;
    private static final int PARCELS_PER_SUBPROJECT = 6;
    private final int startYear;

    SubprojectMaker(int startYear) {
        this.startYear = startYear;
    }

    List<ChangeParcel> make(List<Placed> placed, SplittableRandom r) {
        Map<String, List<Placed>> groups = new LinkedHashMap<>();
        for (Placed p : placed) {
            groups.computeIfAbsent(p.kind().kind() + "|" + p.site().QSDWDM(), k -> new ArrayList<>()).add(p);
        }
        List<ChangeParcel> out = new ArrayList<>();
        List<String> resettlements = new ArrayList<>();
        int number = 0;
        for (List<Placed> group : groups.values()) {
            for (int from = 0; from < group.size(); from += PARCELS_PER_SUBPROJECT) {
                List<Placed> chunk = group.subList(from, Math.min(group.size(), from + PARCELS_PER_SUBPROJECT));
                String id = String.format("SP-%03d", ++number);
                ParcelKinds kind = chunk.get(0).kind();
                if (kind.kind().equals("resettlement")) {
                    resettlements.add(id);
                }
                out.addAll(subproject(id, chunk, r, resettlements));
            }
        }
        return out;
    }

    private List<ChangeParcel> subproject(String id, List<Placed> chunk, SplittableRandom r, List<String> resettlements) {
        ParcelKinds kind = chunk.get(0).kind();
        String name = chunk.get(0).site().QSDWMC() + kind.nameZh();
        LocalDate start = start(kind.kind(), r);
        LocalDate finish = start.plusDays(90 + r.nextInt(Early.of(kind.kind()) ? 150 : 270));
        boolean transfer = kind.kind().equals("demolition") && r.nextDouble() < 0.15;
        List<ChangeParcel> out = new ArrayList<>();
        for (int k = 0; k < chunk.size(); k++) {
            Placed p = chunk.get(k);
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("subproject", id);
            props.put("name", name);
            props.put("type", kind.type());
            props.put("kind", kind.kind());
            if (p.toDLBM() != null) {
                props.put("toDLBM", p.toDLBM());
            }
            Integer grade = toGrade(kind.kind(), p, r);
            if (grade != null) {
                props.put("toGrade", grade);
            }
            if (p.toDLBM() != null && LandClasses.isCultivated(p.toDLBM())) {
                props.put("toKCXS", p.toDLBM().equals("0101") ? 0.02 : 0.03);
            }
            props.put("measure", p.toDLBM() != null && LandClasses.isCultivated(p.toDLBM()) ? "measured" : "map");
            props.put("start", start.toString());
            props.put("finish", finish.toString());
            props.put("department", kind.department());
            props.put("implementer", "乡人民政府");
            double investment = Math.round(p.geometry().getArea() / MU * kind.yuanPerMu() * 100) / 100.0;
            props.put("investment", investment);
            props.put("funding", Funding.split(kind.type(), investment, r));
            relocation(kind.kind(), props, r, resettlements);
            kindProperties(kind.kind(), props, r);
            if (transfer) {
                props.put("transferTo", "640181");
                props.put("transferApproval", "宁政函〔" + (startYear + 1) + "〕" + (10 + r.nextInt(80)) + "号");
            }
            out.add(PlanPackageBuilder.changeParcel(id + "/" + (k + 1), p.geometry(), props));
        }
        return out;
    }

    private void relocation(String kind, Map<String, Object> props, SplittableRandom r, List<String> resettlements) {
        if (kind.equals("demolition") || kind.equals("resettlement")) {
            props.put("households", 2 + r.nextInt(18));
            props.put("consentRatio", Math.round((0.9 + r.nextDouble() * 0.1) * 1000) / 1000.0);
        }
        if (kind.equals("demolition") && !resettlements.isEmpty()) {
            props.put("resettles", resettlements.get(r.nextInt(resettlements.size())));
        }
    }

    /** What the content modules require of their kinds beyond the shared properties. */
    private static void kindProperties(String kind, Map<String, Object> props, SplittableRandom r) {
        switch (kind) {
            case "redline-exit" -> props.put("symbiotic", false);
            case "industry-land" -> {
                props.put("source", "stock");
                props.put("industry", INDUSTRIES[r.nextInt(INDUSTRIES.length)]);
            }
            default -> {
            }
        }
    }

    private static final String[] INDUSTRIES = { "酿酒葡萄", "枸杞", "冷凉蔬菜", "养殖", "新能源" };

    private static Integer toGrade(String kind, Placed p, SplittableRandom r) {
        Integer before = p.site().GDDB();
        return switch (kind) {
            case "farmland-creation" -> 9 + r.nextInt(3);
            case "demolition" -> 10 + r.nextInt(3);
            case "dry-to-paddy" -> 6 + r.nextInt(2);
            case "quality-upgrade" -> Math.max(4, (before == null ? 9 : before) - 1 - r.nextInt(2));
            default -> null;
        };
    }

    /** Resettlement and PBF supplement in the first year; removal and demolition from the second. */
    private LocalDate start(String kind, SplittableRandom r) {
        if (Early.of(kind)) {
            return LocalDate.of(startYear, 3, 1).plusDays(r.nextInt(90));
        }
        if (kind.equals("demolition") || kind.equals("pbf-out")) {
            return LocalDate.of(startYear + 1, 3, 1).plusDays(r.nextInt(180));
        }
        return LocalDate.of(startYear, 4, 1).plusDays(r.nextInt(480));
    }

    /** Kinds that must be done before others may start (先安置再拆旧, 先补后调). */
    private static final class Early {
        static boolean of(String kind) {
            return kind.equals("resettlement") || kind.equals("pbf-in");
        }
    }
}
