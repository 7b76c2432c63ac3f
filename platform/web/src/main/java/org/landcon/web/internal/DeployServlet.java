package org.landcon.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.landcon.store.AuditLog;
import org.landcon.store.Users;
import org.landcon.web.internal.auth.UsersServlet;
import org.landcon.web.internal.http.ApiException;
import org.landcon.web.internal.http.ApiServlet;
import org.landcon.web.internal.http.Call;
import org.landcon.web.internal.http.Gate;
import org.landcon.web.internal.http.LimitedInputStream;
import org.landcon.web.internal.http.Route;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;

/**
 * The administrator's hot swap from the browser: the bundles of the {@code deploy/} folder that
 * FileInstall watches, listed, replaced and removed over HTTP.
 * <ul>
 * <li>{@code GET /api/deploy}: each jar with its bundle, version and state;</li>
 * <li>{@code PUT /api/deploy/NAME.jar} (body: the jar): checked to be an OSGi bundle, written
 * next to the folder (same file system) and moved in at once, so FileInstall installs it, or updates the bundle
 * of the same file, within a poll (100 ms); the plans are then re-checked as for any rule
 * change;</li>
 * <li>{@code DELETE /api/deploy/NAME.jar}: the jar is removed and FileInstall uninstalls it.</li>
 * </ul>
 * Administrators only, CSRF-checked; the audit log records who uploaded or removed which bundle and
 * version (the bundle events that follow are recorded by {@code BundleAudit}).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({ "/api/deploy", "/api/deploy/*" })
public class DeployServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;
    /** A module is a few MB at most; this bounds what an upload may write. */
    static final long LIMIT = 64L * 1024 * 1024;
    private static final String NAME = "/api/deploy/([A-Za-z0-9][A-Za-z0-9._-]{0,120}\\.jar)";
    private final transient BundleContext context;
    private final transient AuditLog audit;

    @Activate
    public DeployServlet(BundleContext context, @Reference Users users, @Reference AuditLog audit) {
        super(new Gate(users));
        this.context = context;
        this.audit = audit;
    }

    @Override
    protected List<Route> routes() {
        return List.of(Route.of("GET", "/api/deploy", this::list), Route.of("PUT", NAME, this::put),
                Route.of("DELETE", NAME, this::delete));
    }

    private void list(Call call) throws Exception {
        UsersServlet.requireAdministrator(call);
        List<Map<String, Object>> out = new ArrayList<>();
        Path dir = folder();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path jar : s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("file", jar.getFileName().toString());
                    m.put("size", Files.size(jar));
                    Bundle b = bundleOf(jar);
                    m.put("symbolicName", b == null ? null : b.getSymbolicName());
                    m.put("version", b == null ? null : b.getVersion().toString());
                    m.put("state", b == null ? "NOT_INSTALLED" : ModulesServlet.state(b.getState()));
                    out.add(m);
                }
            }
        }
        Json.send(call.resp(), 200, Map.of("folder", dir.toString(), "jars", out));
    }

    private void put(Call call) throws Exception {
        UsersServlet.requireAdministrator(call);
        String name = call.part(0);
        Path dir = folder();
        Files.createDirectories(dir);
        // written beside deploy/, on the same file system, so FileInstall never sees half a jar
        Path staging = dir.resolveSibling(".deploy-uploads");
        Files.createDirectories(staging);
        Path part = staging.resolve(name + ".part");
        try {
            if (call.req().getContentLengthLong() > LIMIT) {
                throw tooLarge();
            }
            try (InputStream in = new LimitedInputStream(call.req().getInputStream(), LIMIT);
                    OutputStream out = Files.newOutputStream(part)) {
                in.transferTo(out);
            } catch (LimitedInputStream.LimitExceeded e) {
                throw tooLarge();
            }
            String[] bundle = bundleHeaders(part, name);
            Path target = dir.resolve(name);
            boolean replaces = Files.exists(target);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            audit.append(call.user().username(), replaces ? "deploy.replaced" : "deploy.uploaded", "deploy:" + name,
                    Json.MAPPER.writeValueAsString(Map.of("file", name, "bundle", bundle[0], "version", bundle[1])));
            Json.send(call.resp(), 202, Map.of("file", name, "symbolicName", bundle[0], "version", bundle[1],
                    "replaced", replaces));
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private void delete(Call call) throws Exception {
        UsersServlet.requireAdministrator(call);
        String name = call.part(0);
        Path jar = folder().resolve(name);
        if (!Files.isRegularFile(jar)) {
            throw new ApiException(404, "deploy/ 中没有 " + name, "deploy/ holds no " + name);
        }
        Bundle b = bundleOf(jar);
        Files.delete(jar);
        audit.append(call.user().username(), "deploy.removed", "deploy:" + name, Json.MAPPER.writeValueAsString(
                Map.of("file", name, "bundle", b == null ? "" : b.getSymbolicName(),
                        "version", b == null ? "" : b.getVersion().toString())));
        call.resp().setStatus(204);
    }

    /** Bundle-SymbolicName and Bundle-Version of the uploaded jar; a 400 naming the file if it is none. */
    private static String[] bundleHeaders(Path jar, String name) {
        Manifest mf;
        try (JarFile f = new JarFile(jar.toFile())) {
            mf = f.getManifest();
        } catch (IOException e) {
            throw ApiException.badRequest(name + " 不是有效的 jar 文件：" + e.getMessage(),
                    name + " is not a valid jar: " + e.getMessage());
        }
        String bsn = mf == null ? null : mf.getMainAttributes().getValue("Bundle-SymbolicName");
        if (bsn == null || bsn.isBlank()) {
            throw ApiException.badRequest(name + " 不是 OSGi 模块：清单中没有 Bundle-SymbolicName",
                    name + " is not an OSGi bundle: its manifest has no Bundle-SymbolicName");
        }
        String version = mf.getMainAttributes().getValue("Bundle-Version");
        return new String[] {bsn.split(";")[0].trim(), version == null ? "0.0.0" : version.trim()};
    }

    private Bundle bundleOf(Path jar) {
        String uri = jar.toAbsolutePath().normalize().toUri().toString();
        for (Bundle b : context.getBundles()) {
            String location = b.getLocation();
            if (location != null && (location.equals(uri) || location.endsWith("/" + jar.getFileName().toString())
                    && DeployFolder.holds(context, b))) {
                return b;
            }
        }
        return null;
    }

    private Path folder() {
        return DeployFolder.of(context);
    }

    private static ApiException tooLarge() {
        return new ApiException(413, "模块文件超过 64 MB 的上传限制，未保存", "the bundle exceeds the upload limit of 64 MB; nothing was stored");
    }
}
