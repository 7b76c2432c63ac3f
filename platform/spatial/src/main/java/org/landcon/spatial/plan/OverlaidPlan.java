package org.landcon.spatial.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ControlFeature;
import org.landcon.api.model.ControlLayers;
import org.landcon.api.model.LandBalance;
import org.landcon.api.model.LandParcel;
import org.landcon.api.model.OverlayPiece;
import org.landcon.api.model.PlanPackage;
import org.landcon.api.model.Unit;
import org.landcon.api.plan.PlanView;
import org.landcon.api.region.RegionalPolicy;
import org.landcon.spatial.geodesy.EllipsoidalArea;
import org.landcon.spatial.overlay.AccountingOverlay;
import org.landcon.spatial.overlay.Balances;
import org.landcon.spatial.overlay.Conflict;
import org.landcon.spatial.overlay.ConflictFinder;
import org.landcon.spatial.overlay.SurveyIndex;
import org.locationtech.jts.geom.Geometry;

/**
 * A plan package overlaid by the accounting convention, as rules and content modules read it.
 * Everything is computed once, in the constructor; afterwards the object is immutable and safe to
 * read from several threads.
 */
public final class OverlaidPlan implements PlanView {
    private final PlanPackage pkg;
    private final List<ChangeParcel> parcels;
    private final Optional<RegionalPolicy> policy;
    private final SurveyIndex survey;
    private final Map<String, ControlIndex> controls = new HashMap<>();
    private final List<Conflict> conflicts;
    private final List<OverlayPiece> pieces;
    private final Map<String, List<OverlayPiece>> piecesByParcel;
    private final LandBalance balance;
    /** The designated PBF area from YJJBNT, computed on first use. */
    private volatile Double designated;

    /**
     * @param pkg     the package
     * @param handled the change parcels a deployed module handles (the others are unhandled and
     *                take no part in the overlay)
     * @param policy  the unit region's policy, if deployed
     */
    public OverlaidPlan(PlanPackage pkg, List<ChangeParcel> handled, Optional<RegionalPolicy> policy) {
        this(pkg, new SurveyIndex(pkg.landParcels()), handled, policy);
    }

    /** As above, reusing a survey index built for the same package. */
    public OverlaidPlan(PlanPackage pkg, SurveyIndex survey, List<ChangeParcel> handled,
            Optional<RegionalPolicy> policy) {
        this.pkg = pkg;
        this.parcels = List.copyOf(handled);
        this.policy = policy;
        this.survey = survey;
        pkg.controls().forEach((layer, features) -> controls.put(layer, new ControlIndex(features)));
        this.conflicts = ConflictFinder.find(parcels, ConflictFinder.TOLERANCE);
        this.pieces = AccountingOverlay.overlay(survey, parcels, conflicts);
        this.piecesByParcel = pieces.stream().collect(Collectors.groupingBy(OverlayPiece::parcel));
        this.balance = Balances.of(pkg.landParcels(), pieces);
    }

    /** Pairs of change parcels that overlap (PLAN-CONFLICT). */
    public List<Conflict> conflicts() {
        return conflicts;
    }

    /** The package the plan was made from. */
    public PlanPackage planPackage() {
        return pkg;
    }

    @Override
    public Unit unit() {
        return pkg.unit();
    }

    @Override
    public List<LandParcel> landParcels() {
        return pkg.landParcels();
    }

    @Override
    public List<LandParcel> landParcelsIntersecting(Geometry area) {
        return survey.intersecting(area);
    }

    @Override
    public List<ChangeParcel> changeParcels() {
        return parcels;
    }

    @Override
    public List<ChangeParcel> changeParcels(String type) {
        return parcels.stream().filter(p -> type.equals(p.type())).toList();
    }

    @Override
    public List<ControlFeature> control(String layer) {
        ControlIndex index = controls.get(layer);
        return index == null ? List.of() : index.features();
    }

    @Override
    public boolean hasControl(String layer) {
        return controls.containsKey(layer);
    }

    @Override
    public List<ControlFeature> controlIntersecting(String layer, Geometry area) {
        ControlIndex index = controls.get(layer);
        return index == null ? List.of() : index.intersecting(area);
    }

    @Override
    public double areaInside(Geometry area, String layer) {
        ControlIndex index = controls.get(layer);
        return index == null ? 0 : index.areaInside(area);
    }

    @Override
    public List<OverlayPiece> pieces() {
        return pieces;
    }

    @Override
    public List<OverlayPiece> pieces(String changeParcelId) {
        return piecesByParcel.getOrDefault(changeParcelId, List.of());
    }

    @Override
    public LandBalance balance() {
        return balance;
    }

    @Override
    public Optional<RegionalPolicy> policy() {
        return policy;
    }

    /**
     * unit.json's {@code pbfDesignatedArea}, else Σ of the YJJBNT features' official area: field
     * {@code JBNTMJ} (基本农田面积), else {@code TBMJ}, else the polygon's ellipsoidal area on CGCS2000,
     * as 国土调查 computes TBMJ ({@link EllipsoidalArea}); the planar area only in a CRS that is
     * neither a Gauss-Krüger zone nor EPSG:4490.
     */
    @Override
    public double pbfDesignatedArea() {
        if (pkg.unit().pbfDesignatedArea() != null) {
            return pkg.unit().pbfDesignatedArea();
        }
        Double d = designated;
        if (d == null) {
            synchronized (this) {
                if (designated == null) {
                    designated = designatedFromYjjbnt();
                }
                d = designated;
            }
        }
        return d;
    }

    /**
     * Σ over YJJBNT, once per plan: several rules and tables ask, and 100 000 ellipsoidal areas
     * take about a second. The areas are computed in parallel and summed in layer order, so the
     * total is the same to the last bit whatever the threads.
     */
    private double designatedFromYjjbnt() {
        List<ControlFeature> pbf = control(ControlLayers.YJJBNT);
        double[] areas = new double[pbf.size()];
        java.util.stream.IntStream.range(0, areas.length).parallel().forEach(i -> {
            ControlFeature f = pbf.get(i);
            double given = f.number("JBNTMJ", f.number("TBMJ", Double.NaN));
            areas[i] = Double.isNaN(given) ? officialArea(f.geometry()) : given;
        });
        double sum = 0;
        for (double a : areas) {
            sum += a;
        }
        return sum;
    }

    @Override
    public double officialArea(Geometry g) {
        double planar = g.getArea();
        try {
            double ellipsoidal = EllipsoidalArea.of(g, pkg.unit().srid());
            // within a 3-degree zone the two differ by well under 1 %; more means the coordinates
            // are not really in the declared zone (local test coordinates): keep the plane's area
            return Double.isFinite(ellipsoidal) && Math.abs(ellipsoidal - planar) <= 0.01 * planar ? ellipsoidal : planar;
        } catch (IllegalArgumentException notCgcs2000) {
            return planar;
        }
    }
}
