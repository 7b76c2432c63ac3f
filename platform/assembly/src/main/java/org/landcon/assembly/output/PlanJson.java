package org.landcon.assembly.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import org.landcon.api.model.AssembledPlan;
import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ModuleRef;
import org.landcon.api.model.RuleRef;
import org.landcon.api.model.Verdict;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * plan.json as the exchange format specifies it: unit, modules and rules with bundle and version,
 * balance per DLBM (m²), totals (m²), one verdict per rule, and the unhandled parcels.
 */
public final class PlanJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PlanJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static void write(AssembledPlan plan, OutputStream out) throws IOException {
        MAPPER.writeValue(out, tree(plan));
    }

    public static byte[] bytes(AssembledPlan plan) {
        try {
            return MAPPER.writeValueAsBytes(tree(plan));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode tree(AssembledPlan plan) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode unit = root.putObject("unit");
        unit.put("code", plan.unit().code()).put("name", plan.unit().name()).put("crs", plan.unit().crs())
                .put("county", plan.unit().county()).put("region", plan.unit().region());
        unit.putArray("period").add(plan.unit().startYear()).add(plan.unit().endYear());
        ArrayNode modules = root.putArray("modules");
        for (ModuleRef m : plan.modules()) {
            modules.addObject().put("type", m.type()).put("name", m.nameZh()).put("nameEn", m.nameEn())
                    .put("bundle", m.bundle()).put("version", m.version());
        }
        ArrayNode rules = root.putArray("rules");
        for (RuleRef r : plan.rules()) {
            rules.addObject().put("id", r.id()).put("title", r.title()).put("titleEn", r.titleEn())
                    .put("article", r.article()).put("bundle", r.bundle()).put("version", r.version());
        }
        ObjectNode balance = root.putObject("balance");
        balance.set("before", MAPPER.valueToTree(plan.balance().before()));
        balance.set("after", MAPPER.valueToTree(plan.balance().after()));
        ObjectNode totals = root.putObject("totals");
        for (Map.Entry<String, Map<String, Double>> e : plan.totals().entrySet()) {
            totals.set(e.getKey(), MAPPER.valueToTree(e.getValue()));
        }
        ArrayNode verdicts = root.putArray("verdicts");
        for (Verdict v : plan.verdicts()) {
            ObjectNode n = verdicts.addObject();
            n.put("rule", v.rule()).put("verdict", v.outcome().code()).put("message", v.message())
                    .put("messageEn", v.messageEn());
            n.set("figures", MAPPER.valueToTree(v.figures()));
            n.set("features", MAPPER.valueToTree(v.features()));
        }
        ArrayNode unhandled = root.putArray("unhandled");
        for (ChangeParcel p : plan.unhandled()) {
            unhandled.addObject().put("id", p.id()).put("subproject", p.subproject()).put("type", p.type())
                    .put("kind", p.kind());
        }
        return root;
    }
}
