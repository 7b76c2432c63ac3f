package org.landcon.assembly.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.landcon.api.content.ContentModule;
import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ParcelKind;
import org.landcon.api.model.Problem;
import org.landcon.api.model.Table;
import org.landcon.api.plan.PlanView;
import org.landcon.api.rule.PlanRule;

/** An assembler over fixed modules and rules, without a framework, for tests. */
public final class TestModules {
    private TestModules() {
    }

    /** An assembler where one module handles {@code type} and the given rules run. */
    public static org.landcon.api.service.PlanAssembler assembler(String type, List<PlanRule> rules) {
        ContentModule module = new ContentModule() {
            public String type() { return type; }
            public String nameZh() { return "测试"; }
            public String nameEn() { return "test"; }
            public List<ParcelKind> kinds() { return List.of(); }
            public List<Problem> validate(ChangeParcel p) { return List.of(); }
            public List<Table> ledger(PlanView plan) { return List.of(); }
        };
        long[] id = { 1 };
        Supplier<Snapshot> snapshot = () -> new Snapshot(Map.of(type, new Registered<>(module, "test.bundle", "1.0.0", id[0]++)),
                rules.stream().map(r -> new Snapshot.RuleEntry(new Registered<>(r, "test.rules", "1.0.0", id[0]++), List.of())).toList(),
                Map.of());
        Assembler a = new Assembler(snapshot, 2, 10_000);
        return a::assemble;
    }
}
