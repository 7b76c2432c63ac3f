package org.landcon.api.plan;

import java.util.List;
import java.util.Optional;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ControlFeature;
import org.landcon.api.model.LandBalance;
import org.landcon.api.model.LandParcel;
import org.landcon.api.model.OverlayPiece;
import org.landcon.api.model.Unit;
import org.landcon.api.region.RegionalPolicy;
import org.locationtech.jts.geom.Geometry;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A plan being assembled, as rules and content modules see it: read-only, in the unit's CRS, with
 * the overlay of change parcels on the survey already computed by the accounting convention.
 * Implemented by the platform; one instance serves one assembly and may be read from several
 * threads.
 */
@ProviderType
public interface PlanView {

    /** The consolidation unit. */
    Unit unit();

    /** Every 地类图斑 of the base map. */
    List<LandParcel> landParcels();

    /** 地类图斑 whose geometry intersects {@code area} (index-backed). */
    List<LandParcel> landParcelsIntersecting(Geometry area);

    /** Every change parcel handled by a deployed content module. */
    List<ChangeParcel> changeParcels();

    /** The change parcels of one content type. */
    List<ChangeParcel> changeParcels(String type);

    /** The features of one control layer (see {@code ControlLayers}); empty when absent. */
    List<ControlFeature> control(String layer);

    /** {@code true} when the package contains the control layer at all. */
    boolean hasControl(String layer);

    /** Features of a control layer that intersect {@code area} (index-backed). */
    List<ControlFeature> controlIntersecting(String layer, Geometry area);

    /** Planar area in m² of {@code area} inside the union of a control layer's polygons. */
    double areaInside(Geometry area, String layer);

    /** The overlay pieces of all change parcels, per the accounting convention. */
    List<OverlayPiece> pieces();

    /** The overlay pieces of one change parcel. */
    List<OverlayPiece> pieces(String changeParcelId);

    /** Area per DLBM before and after the plan, m². */
    LandBalance balance();

    /** The regional policy of the unit's region, if a regional bundle for it is deployed. */
    Optional<RegionalPolicy> policy();

    /** The township's designated PBF area in m² (unit.json, else Σ official area of YJJBNT). */
    double pbfDesignatedArea();

    /**
     * The area of {@code g} (in the plan's CRS) as 国土调查 measures TBMJ: on the CGCS2000
     * ellipsoid for a plan in a Gauss-Krüger zone or EPSG:4490, planar in any other CRS (and for
     * coordinates that do not lie in the declared zone). For areas the data does not give, e.g.
     * the union of a control layer.
     *
     * @since 1.1
     */
    double officialArea(Geometry g);
}
