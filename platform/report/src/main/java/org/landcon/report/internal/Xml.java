package org.landcon.report.internal;

/** Text made safe for an XML element or attribute value. */
public final class Xml {

    private Xml() {
    }

    /**
     * Escapes {@code & < > "} and drops characters XML 1.0 forbids (control characters other than
     * tab, newline and carriage return), which Excel refuses to open.
     */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
