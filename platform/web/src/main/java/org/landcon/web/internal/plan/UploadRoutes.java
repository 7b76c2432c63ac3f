package org.landcon.web.internal.plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.landcon.api.service.InvalidPackageException;
import org.landcon.store.model.PlanVersion;
import org.landcon.web.internal.Json;
import org.landcon.web.internal.http.ApiException;
import org.landcon.web.internal.http.Call;
import org.landcon.web.internal.http.Route;

/**
 * {@code POST /api/plans}: uploads a plan package as the raw .zip body (file name in
 * {@code X-File-Name} or {@code ?name=}); 201 with the new plan's id and version, 400 with the
 * package's problems (file, feature, field, zh, en) and nothing stored, 413 past the size limit.
 */
public final class UploadRoutes {
    private final PlanKeeper keeper;

    public UploadRoutes(PlanKeeper keeper) {
        this.keeper = keeper;
    }

    public java.util.List<Route> routes() {
        return java.util.List.of(Route.of("POST", "/api/plans", this::upload));
    }

    private void upload(Call c) throws Exception {
        requireCompiler(c);
        Path file = new UploadReceiver(keeper.files(), keeper.config().upload_max_mb() * 1024 * 1024).receive(c.req());
        try {
            PlanVersion v = keeper.intake(file, label(c), c.user());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", v.planId());
            body.put("version", v.number());
            body.put("violations", v.violations());
            c.resp().setHeader("Location", "/api/plans/" + v.planId());
            Json.send(c.resp(), 201, body);
        } catch (InvalidPackageException e) {
            throw ApiException.badRequest("规划数据包有 " + e.problems().size() + " 个问题，未保存",
                    "the plan package has " + e.problems().size() + " problem(s); nothing was stored")
                    .with("problems", ProblemJson.of(e.problems()));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void requireCompiler(Call c) {
        if (!c.user().has(org.landcon.store.model.Role.COUNTY_COMPILER, null)) {
            throw ApiException.forbidden("只有县级方案编制人员可以上传规划数据包", "only a county-compiler may upload a plan package");
        }
    }

    /** The uploaded file's name, reduced to letters, digits, dot, dash and underscore, ending in .zip. */
    static String label(Call c) {
        String name = c.req().getHeader("X-File-Name");
        if (name == null) {
            name = c.req().getParameter("name");
        }
        if (name != null) {
            name = java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8);
        }
        String clean = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[^\\p{L}\\p{N}._-]", "_");
        if (clean.isBlank() || clean.startsWith(".")) {
            clean = "package.zip";
        }
        return clean.toLowerCase(java.util.Locale.ROOT).endsWith(".zip") ? clean : clean + ".zip";
    }
}
