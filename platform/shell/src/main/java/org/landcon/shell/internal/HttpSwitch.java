package org.landcon.shell.internal;

import java.io.IOException;
import java.util.Hashtable;

import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP is off in the runtime's properties and switched on here, once the launcher has said how it
 * was started: serving → on (port from {@code org.osgi.service.http.port}, default 8080), a command
 * such as {@code assemble} → stays off, so a headless run never takes the server's port.
 */
@Component(immediate = true, reference = @Reference(name = "launcher", service = Object.class,
        target = "(launcher.ready=true)"))
public class HttpSwitch {
    static final String PID = "org.apache.felix.http";
    private static final Logger LOG = LoggerFactory.getLogger(HttpSwitch.class);

    @Activate
    public HttpSwitch(BundleContext context, @Reference ConfigurationAdmin configAdmin) throws IOException {
        if (LauncherArguments.isCommand(LauncherArguments.of(context))) {
            return;
        }
        String port = context.getProperty("org.osgi.service.http.port");
        Configuration config = configAdmin.getConfiguration(PID, "?");
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("org.apache.felix.http.enable", Boolean.TRUE);
        props.put("org.osgi.service.http.port", port == null ? "8080" : port);
        props.put("org.apache.felix.http.jetty.sendServerHeader", Boolean.FALSE);
        config.updateIfDifferent(props);
        LOG.info("HTTP 服务端口 serving on port {}", props.get("org.osgi.service.http.port"));
    }
}
