package org.landcon.construction.internal;

import java.util.ArrayList;
import java.util.List;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.plan.PlanView;

/**
 * A transfer of 节余指标 named on a demolition parcel ({@code transferTo}, {@code transferApproval},
 * optional {@code transferPrice} in 万元). The quota a parcel transfers is its own 复垦 area.
 */
record QuotaTransfer(ChangeParcel parcel, String destination, TransferScope scope, double area, String approval,
        Double price) {

    static List<QuotaTransfer> of(PlanView plan, QuotaAccount account) {
        List<QuotaTransfer> out = new ArrayList<>();
        for (ChangeParcel p : account.demolitions().values()) {
            String to = p.text("transferTo");
            if (to != null) {
                out.add(new QuotaTransfer(p, to, TransferScope.of(to, plan.unit()), account.reclaimed(p.id()),
                        p.text("transferApproval"), p.number("transferPrice")));
            }
        }
        return out;
    }

    boolean leavesCounty() {
        return scope != TransferScope.WITHIN_COUNTY;
    }
}
