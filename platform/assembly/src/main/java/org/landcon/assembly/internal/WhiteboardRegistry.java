package org.landcon.assembly.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.landcon.api.content.ContentModule;
import org.landcon.api.model.ModuleRef;
import org.landcon.api.model.PolicyRef;
import org.landcon.api.model.RuleRef;
import org.landcon.api.region.RegionalPolicy;
import org.landcon.api.rule.PlanRule;
import org.landcon.api.service.ModuleRegistry;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks content modules, rules and regional policies as they come and go (whiteboard, dynamic).
 * Keyed by service id; when two services claim the same rule id or content type (e.g. during a
 * swap), the one from the higher bundle version, then the newer service, wins.
 */
@Component(service = { ModuleRegistry.class, WhiteboardRegistry.class })
public class WhiteboardRegistry implements ModuleRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(WhiteboardRegistry.class);
    private static final Comparator<Registered<?>> PREFERENCE = Comparator
            .comparing((Registered<?> r) -> org.osgi.framework.Version.parseVersion(safe(r.version())))
            .thenComparingLong(Registered::serviceId);

    private final Map<Long, Registered<ContentModule>> modules = new ConcurrentHashMap<>();
    private final Map<Long, Snapshot.RuleEntry> rules = new ConcurrentHashMap<>();
    private final Map<Long, Registered<RegionalPolicy>> policies = new ConcurrentHashMap<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindModule(ContentModule module, ServiceReference<ContentModule> ref) {
        Registered<ContentModule> r = Registered.of(module, ref);
        modules.put(r.serviceId(), r);
        LOG.info("内容模块已注册 content module registered: {} ({} {})", module.type(), r.bundle(), r.version());
        changed("module:" + module.type());
    }

    void unbindModule(ContentModule module, ServiceReference<ContentModule> ref) {
        Registered<ContentModule> r = modules.remove(serviceId(ref));
        LOG.info("内容模块已注销 content module gone: {}", r == null ? module : r.service().type());
        changed("module");
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindRule(PlanRule rule, ServiceReference<PlanRule> ref) {
        Registered<PlanRule> r = Registered.of(rule, ref);
        rules.put(r.serviceId(), new Snapshot.RuleEntry(r, regions(ref.getProperty(PlanRule.RULE_REGIONS))));
        LOG.info("规则已注册 rule registered: {} ({} {})", rule.id(), r.bundle(), r.version());
        changed("rule:" + rule.id());
    }

    void unbindRule(PlanRule rule, ServiceReference<PlanRule> ref) {
        rules.remove(serviceId(ref));
        LOG.info("规则已注销 rule gone: {}", rule.id());
        changed("rule:" + rule.id());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindPolicy(RegionalPolicy policy, ServiceReference<RegionalPolicy> ref) {
        Registered<RegionalPolicy> r = Registered.of(policy, ref);
        policies.put(r.serviceId(), r);
        LOG.info("区域政策已注册 regional policy registered: {} ({} {})", policy.regionCode(), r.bundle(), r.version());
        changed("policy:" + policy.regionCode());
    }

    void unbindPolicy(RegionalPolicy policy, ServiceReference<RegionalPolicy> ref) {
        policies.remove(serviceId(ref));
        changed("policy");
    }

    /** Called with a short description whenever a module, rule or policy comes or goes. */
    public void onChange(Consumer<String> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<String> listener) {
        listeners.remove(listener);
    }

    /** What is deployed now, one winner per content type, rule id and region. */
    public Snapshot snapshot() {
        Map<String, Registered<ContentModule>> m = new TreeMap<>();
        modules.values().stream().sorted(PREFERENCE).forEach(r -> m.put(r.service().type(), r));
        Map<String, Snapshot.RuleEntry> byId = new TreeMap<>();
        rules.values().stream().sorted(Comparator.comparing(Snapshot.RuleEntry::rule, PREFERENCE))
                .forEach(e -> byId.put(e.rule().service().id(), e));
        Map<String, Registered<RegionalPolicy>> p = new LinkedHashMap<>();
        policies.values().stream().sorted(PREFERENCE).forEach(r -> p.put(r.service().regionCode(), r));
        return new Snapshot(m, new ArrayList<>(byId.values()), p);
    }

    @Override
    public List<ModuleRef> modules() {
        return snapshot().modules().values().stream().map(WhiteboardRegistry::moduleRef).toList();
    }

    @Override
    public List<RuleRef> rules() {
        return snapshot().rules().stream().map(e -> ruleRef(e.rule())).toList();
    }

    @Override
    public List<RuleRef> rules(String region) {
        return snapshot().rulesFor(region).stream().map(e -> ruleRef(e.rule())).toList();
    }

    @Override
    public List<PolicyRef> policies() {
        return snapshot().policies().values().stream().map(r -> new PolicyRef(r.service().regionCode(),
                r.service().nameZh(), r.service().nameEn(), r.bundle(), r.version())).toList();
    }

    static ModuleRef moduleRef(Registered<ContentModule> r) {
        ContentModule m = r.service();
        return new ModuleRef(m.type(), m.nameZh(), m.nameEn(), r.bundle(), r.version());
    }

    static RuleRef ruleRef(Registered<PlanRule> r) {
        PlanRule rule = r.service();
        return new RuleRef(rule.id(), rule.title(), rule.titleEn(), rule.article(), r.bundle(), r.version());
    }

    private void changed(String what) {
        listeners.forEach(l -> {
            try {
                l.accept(what);
            } catch (RuntimeException e) {
                LOG.warn("registry listener failed", e);
            }
        });
    }

    private static long serviceId(ServiceReference<?> ref) {
        return (Long) ref.getProperty(org.osgi.framework.Constants.SERVICE_ID);
    }

    private static List<String> regions(Object prop) {
        if (prop == null) {
            return List.of();
        }
        if (prop instanceof String[] a) {
            return List.of(a);
        }
        if (prop instanceof java.util.Collection<?> c) {
            return c.stream().map(Object::toString).toList();
        }
        return List.of(prop.toString().split("\\s*,\\s*"));
    }

    private static String safe(String v) {
        try {
            org.osgi.framework.Version.parseVersion(v);
            return v;
        } catch (IllegalArgumentException e) {
            return "0";
        }
    }
}
