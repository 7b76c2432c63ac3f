package org.landcon.api.content;

import java.util.List;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ParcelKind;
import org.landcon.api.model.Problem;
import org.landcon.api.model.Table;
import org.landcon.api.plan.PlanView;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A content type of an implementation plan, owned by one department: farmland (农用地整治),
 * construction (建设用地整理), ecology (生态保护修复), landscape (乡村风貌保护), industry (乡村产业导入),
 * or one an integrator adds. Register an implementation as an OSGi service with the property
 * {@link #CONTENT_TYPE}; change parcels whose {@code type} equals {@link #type()} are then handled.
 * Without a module for their type, parcels are reported as unhandled, never dropped.
 */
@ConsumerType
public interface ContentModule {

    /** Service property: the content type id (String). */
    String CONTENT_TYPE = "landcon.content.type";

    /** The content type id, e.g. {@code farmland}. */
    String type();

    /** The name in Chinese, e.g. 农用地整治. */
    String nameZh();

    /** The name in English. */
    String nameEn();

    /** The kinds of change parcel this module owns. */
    List<ParcelKind> kinds();

    /**
     * Validates one change parcel of this type: unknown kind, missing or malformed properties.
     * Each problem names the parcel id and the field.
     */
    List<Problem> validate(ChangeParcel parcel);

    /** The module's ledgers and tables for the plan (e.g. T2 and T3 for farmland, T5 for construction). */
    List<Table> ledger(PlanView plan);
}
