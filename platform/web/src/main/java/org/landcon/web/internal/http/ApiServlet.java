package org.landcon.web.internal.http;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.landcon.store.StoreException;
import org.landcon.web.internal.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A servlet of the REST API: matches the path against its routes, admits the caller through the
 * {@link Gate}, runs the handler and turns every refusal into a JSON error with a 4xx status
 * ({@code error} in Chinese, {@code errorEn}, {@code status}); an unexpected failure is logged and
 * answered 500 without a stack trace.
 */
public abstract class ApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);
    private final transient Gate gate;

    protected ApiServlet(Gate gate) {
        this.gate = gate;
    }

    /** The routes of this servlet, tried in order. */
    protected abstract List<Route> routes();

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        try {
            Route route = null;
            Matcher matched = null;
            boolean pathKnown = false;
            for (Route r : routes()) {
                Matcher m = r.path().matcher(path);
                if (m.matches()) {
                    pathKnown = true;
                    if (r.method().equals(req.getMethod())) {
                        route = r;
                        matched = m;
                        break;
                    }
                }
            }
            if (route == null) {
                throw pathKnown ? new ApiException(405, "不支持的请求方法 " + req.getMethod(), "method not allowed: " + req.getMethod())
                        : ApiException.notFound("没有这个接口：" + path, "no such endpoint: " + path);
            }
            Caller caller = gate.admit(req, route.open());
            route.handler().handle(Call.of(caller, matched, req, resp));
        } catch (ApiException e) {
            Map<String, Object> body = Json.errorBody(e.status(), e.zh(), e.en());
            body.putAll(e.extra());
            if (e.status() == 413) {
                resp.setHeader("Connection", "close");
            } else {
                drain(req);
            }
            sendError(resp, e.status(), body);
        } catch (StoreException e) {
            int status = statusOf(e);
            sendError(resp, status, Json.errorBody(status, e.zh(), e.en()));
        } catch (Exception e) {
            LOG.error("{} {} failed", req.getMethod(), path, e);
            sendError(resp, 500, Json.errorBody(500, "服务器内部错误，已记录日志", "internal server error; it was logged"));
        }
    }

    /**
     * Reads what is left of a small refused request body, so that the connection can serve the
     * client's next request instead of being closed under it.
     */
    private static void drain(HttpServletRequest req) {
        try {
            long left = req.getContentLengthLong();
            if (left > 0 && left <= 1024 * 1024) {
                req.getInputStream().skip(left);
            }
        } catch (IOException | IllegalStateException e) {
            // the body was read already, or the client went away
        }
    }

    private static void sendError(HttpServletResponse resp, int status, Map<String, Object> body) throws IOException {
        if (resp.isCommitted()) {
            return;
        }
        resp.resetBuffer();
        Json.send(resp, status, body);
    }

    /** A store refusal: 403 when the role is wrong, 404 when the thing is unknown, else 409 (wrong state). */
    public static int statusOf(StoreException e) {
        String en = e.en() == null ? "" : e.en();
        if (en.contains(" may not ")) {
            return 403;
        }
        if (en.contains("does not exist")) {
            return 404;
        }
        return 409;
    }
}
