package org.landcon.web.internal.workflow;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.landcon.api.region.RegionalPolicy;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The regional policies deployed now, by region code (approval chains, consent thresholds). */
@Component(service = Policies.class)
public class Policies {
    private final Map<String, RegionalPolicy> byRegion = new ConcurrentHashMap<>();

    public Policies() {
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void bind(RegionalPolicy policy) {
        byRegion.put(policy.regionCode(), policy);
    }

    public void unbind(RegionalPolicy policy) {
        byRegion.remove(policy.regionCode(), policy);
    }

    public Optional<RegionalPolicy> of(String region) {
        return Optional.ofNullable(byRegion.get(region));
    }
}
