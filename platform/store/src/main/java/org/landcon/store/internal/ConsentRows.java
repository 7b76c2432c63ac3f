package org.landcon.store.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.landcon.store.model.Consent;
import org.landcon.store.model.ConsentBody;

/** Village consents (条八) of a plan; a later consent of the same village replaces the earlier one. */
final class ConsentRows {

    private ConsentRows() {
    }

    static void put(Connection c, long planId, Consent k) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("MERGE INTO village_consent KEY (plan_id, village_code)"
                + " VALUES (?,?,?,?,?,?,?,?)")) {
            p.setLong(1, planId);
            p.setString(2, k.villageCode());
            p.setString(3, k.villageName());
            p.setString(4, k.body().name());
            p.setDate(5, Date.valueOf(k.date()));
            p.setString(6, k.documentRef());
            p.setDouble(7, k.ratio());
            p.setString(8, k.recordedBy());
            p.executeUpdate();
        }
    }

    static List<Consent> all(Connection c, long planId) throws SQLException {
        List<Consent> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT village_code, village_name, body, decided, document_ref,"
                + " ratio, recorded_by FROM village_consent WHERE plan_id = ? ORDER BY village_code")) {
            p.setLong(1, planId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Consent(r.getString(1), r.getString(2), ConsentBody.valueOf(r.getString(3)),
                            r.getDate(4).toLocalDate(), r.getString(5), r.getDouble(6), r.getString(7)));
                }
            }
        }
        return out;
    }
}
