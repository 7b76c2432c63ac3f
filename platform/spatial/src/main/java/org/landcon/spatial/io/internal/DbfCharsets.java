package org.landcon.spatial.io.internal;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * The encoding of a DBF: from its .cpg when there is one, else GBK (code page 936), which is what
 * Chinese GIS software writes; never Latin-1 by default.
 */
public final class DbfCharsets {

    /** The encoding of a DBF with no .cpg. */
    public static final Charset DEFAULT = Charset.forName("GBK");

    private DbfCharsets() {
    }

    /** The charset a .cpg names, or {@code null} when it names none we know. */
    public static Charset fromCpg(String cpg) {
        String n = cpg.strip().toUpperCase(Locale.ROOT).replace("ANSI ", "");
        switch (n) {
            case "UTF-8", "UTF8", "65001":
                return StandardCharsets.UTF_8;
            case "GBK", "CP936", "936", "GB2312", "MS936", "WINDOWS-936", "CP_936":
                return DEFAULT;
            case "GB18030", "54936":
                return Charset.forName("GB18030");
            default:
                break;
        }
        if (n.matches("8859\\d+")) {
            return lookup("ISO-8859-" + n.substring(4));
        }
        if (n.matches("\\d+")) {
            Charset cs = lookup("windows-" + n);
            return cs != null ? cs : lookup("cp" + n);
        }
        return lookup(n);
    }

    /** The .cpg text GDAL and ArcGIS read back as {@code cs}. */
    public static String cpgText(Charset cs) {
        if (cs.equals(StandardCharsets.UTF_8)) {
            return "UTF-8";
        }
        return cs.equals(DEFAULT) ? "GBK" : cs.name();
    }

    /** The DBF language driver id for {@code cs} (0x4D = code page 936), 0 when there is none. */
    static byte languageDriver(Charset cs) {
        return cs.equals(DEFAULT) ? (byte) 0x4D : 0;
    }

    private static Charset lookup(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
