package org.landcon.assembly.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * A whiteboard service with the bundle that registered it, captured at bind time (the reference's
 * bundle is gone once the service is unregistered, but a running assembly may still report it).
 */
record Registered<S>(S service, String bundle, String version, long serviceId) {

    static <S> Registered<S> of(S service, ServiceReference<?> ref) {
        Bundle b = ref.getBundle();
        long id = (Long) ref.getProperty(org.osgi.framework.Constants.SERVICE_ID);
        return b == null ? new Registered<>(service, "?", "?", id)
                : new Registered<>(service, b.getSymbolicName(), b.getVersion().toString(), id);
    }
}
