package org.landcon.report.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** The workbook's shared string table ({@code xl/sharedStrings.xml}): each distinct text once. */
public final class SharedStrings {

    private final Map<String, Integer> index = new LinkedHashMap<>();
    private int uses;

    /** The index of {@code text} in the table, adding it on first use. */
    public int indexOf(String text) {
        uses++;
        return index.computeIfAbsent(text, t -> index.size());
    }

    public String toXml() {
        StringBuilder b = new StringBuilder(XlsxParts.XML_DECLARATION)
                .append("<sst xmlns=\"").append(XlsxParts.MAIN_NS).append("\" count=\"").append(uses)
                .append("\" uniqueCount=\"").append(index.size()).append("\">");
        for (String s : index.keySet()) {
            b.append("<si><t xml:space=\"preserve\">").append(Xml.escape(s)).append("</t></si>");
        }
        return b.append("</sst>").toString();
    }
}
