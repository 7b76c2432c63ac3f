package org.landcon.spatial.io.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A node of WKT 1 ({@code KEYWORD["name", 1.0, CHILD[...]]}), parsed by hand: enough for .prj files.
 * Arguments are {@code String} (quoted text or bare words), {@code Double} or {@code WktNode}.
 */
public record WktNode(String keyword, List<Object> args) {

    /** Parses one WKT node; throws {@link IllegalArgumentException} on malformed text. */
    public static WktNode parse(String wkt) {
        Cursor c = new Cursor(wkt.trim());
        WktNode node = c.node();
        c.skipSpace();
        if (c.pos < c.text.length()) {
            throw new IllegalArgumentException("text after the WKT at " + c.pos);
        }
        return node;
    }

    /** The first quoted argument, or "". */
    public String name() {
        return args.isEmpty() || !(args.get(0) instanceof String s) ? "" : s;
    }

    /** The numeric argument at {@code index} (counting every argument), or NaN. */
    public double number(int index) {
        return index < args.size() && args.get(index) instanceof Double d ? d : Double.NaN;
    }

    /** The first child with this keyword (case-insensitive), or {@code null}. */
    public WktNode child(String kw) {
        return children(kw).stream().findFirst().orElse(null);
    }

    public List<WktNode> children(String kw) {
        List<WktNode> out = new ArrayList<>();
        for (Object a : args) {
            if (a instanceof WktNode n && n.keyword.equalsIgnoreCase(kw)) {
                out.add(n);
            }
        }
        return out;
    }

    private static final class Cursor {
        final String text;
        int pos;

        Cursor(String text) {
            this.text = text;
        }

        WktNode node() {
            String kw = word();
            skipSpace();
            char open = next();
            if (open != '[' && open != '(') {
                throw new IllegalArgumentException("expected [ after " + kw + " at " + pos);
            }
            List<Object> args = new ArrayList<>();
            while (true) {
                skipSpace();
                args.add(arg());
                skipSpace();
                char c = next();
                if (c == ']' || c == ')') {
                    return new WktNode(kw.toUpperCase(), args);
                }
                if (c != ',') {
                    throw new IllegalArgumentException("expected , or ] at " + (pos - 1));
                }
            }
        }

        Object arg() {
            char c = peek();
            if (c == '"') {
                pos++;
                int end = text.indexOf('"', pos);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed quote at " + pos);
                }
                String s = text.substring(pos, end);
                pos = end + 1;
                return s;
            }
            if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
                int start = pos;
                while (pos < text.length() && "+-.eE0123456789".indexOf(text.charAt(pos)) >= 0) {
                    pos++;
                }
                return Double.valueOf(text.substring(start, pos));
            }
            int save = pos;
            String w = word();
            skipSpace();
            if (pos < text.length() && (peek() == '[' || peek() == '(')) {
                pos = save;
                return node();
            }
            return w;
        }

        String word() {
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            if (start == pos) {
                throw new IllegalArgumentException("expected a keyword at " + pos);
            }
            return text.substring(start, pos);
        }

        char peek() {
            if (pos >= text.length()) {
                throw new IllegalArgumentException("unexpected end of WKT");
            }
            return text.charAt(pos);
        }

        char next() {
            char c = peek();
            pos++;
            return c;
        }

        void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }
    }
}
