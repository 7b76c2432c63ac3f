package org.landcon.web.internal.http;

import java.util.regex.Pattern;

/**
 * One endpoint: method, path pattern (groups become {@link Call#parts()}), whether anonymous callers
 * may use it, and the handler.
 */
public record Route(String method, Pattern path, boolean open, Handler handler) {

    /** Handles a matched call. */
    @FunctionalInterface
    public interface Handler {
        void handle(Call call) throws Exception;
    }

    public static Route of(String method, String regex, Handler handler) {
        return new Route(method, Pattern.compile(regex), false, handler);
    }

    /** A route anonymous callers may use (the login). */
    public static Route open(String method, String regex, Handler handler) {
        return new Route(method, Pattern.compile(regex), true, handler);
    }
}
