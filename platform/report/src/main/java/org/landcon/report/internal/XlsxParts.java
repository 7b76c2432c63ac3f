package org.landcon.report.internal;

import java.util.List;

/** The fixed parts of an Office Open XML workbook, and those that only list the sheets. */
public final class XlsxParts {

    public static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    public static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    public static final String ROOT_RELS = XML_DECLARATION + "<Relationships xmlns=\"" + PKG_REL_NS + "\">"
            + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>";

    /**
     * Fonts: 0 宋体-like default, 1 bold, 2 bold 14 pt, 3 italic grey. cellXfs in the order of
     * {@link CellStyle}: default, title, header, English header, text, 0.00, 0.0000, 0.
     */
    public static final String STYLES = XML_DECLARATION + "<styleSheet xmlns=\"" + MAIN_NS + "\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.0000\"/></numFmts>"
            + "<fonts count=\"4\">"
            + "<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"14\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><i/><sz val=\"10\"/><color rgb=\"FF595959\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "</fonts>"
            + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFD9E1F2\"/><bgColor indexed=\"64\"/></patternFill></fill>"
            + "</fills>"
            + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
            + "<border><left style=\"thin\"><color auto=\"1\"/></left><right style=\"thin\"><color auto=\"1\"/></right>"
            + "<top style=\"thin\"><color auto=\"1\"/></top><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border>"
            + "</borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"8\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\""
            + " applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"3\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\""
            + " applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\"/>"
            + "<xf numFmtId=\"2\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\"/>"
            + "<xf numFmtId=\"1\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\"/>"
            + "</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>";

    private XlsxParts() {
    }

    public static String contentTypes(int sheets) {
        StringBuilder b = new StringBuilder(XML_DECLARATION)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append(override("/xl/workbook.xml", TYPE + "sheet.main+xml"))
                .append(override("/xl/styles.xml", TYPE + "styles+xml"))
                .append(override("/xl/sharedStrings.xml", TYPE + "sharedStrings+xml"));
        for (int i = 1; i <= sheets; i++) {
            b.append(override("/xl/worksheets/sheet" + i + ".xml", TYPE + "worksheet+xml"));
        }
        return b.append("</Types>").toString();
    }

    public static String workbook(List<String> sheetNames) {
        StringBuilder b = new StringBuilder(XML_DECLARATION).append("<workbook xmlns=\"").append(MAIN_NS)
                .append("\" xmlns:r=\"").append(REL_NS).append("\"><bookViews><workbookView/></bookViews><sheets>");
        for (int i = 1; i <= sheetNames.size(); i++) {
            b.append("<sheet name=\"").append(Xml.escape(sheetNames.get(i - 1))).append("\" sheetId=\"").append(i)
                    .append("\" r:id=\"rId").append(i).append("\"/>");
        }
        return b.append("</sheets></workbook>").toString();
    }

    public static String workbookRels(int sheets) {
        StringBuilder b = new StringBuilder(XML_DECLARATION).append("<Relationships xmlns=\"").append(PKG_REL_NS).append("\">");
        for (int i = 1; i <= sheets; i++) {
            b.append(relationship(i, "worksheet", "worksheets/sheet" + i + ".xml"));
        }
        b.append(relationship(sheets + 1, "styles", "styles.xml"));
        b.append(relationship(sheets + 2, "sharedStrings", "sharedStrings.xml"));
        return b.append("</Relationships>").toString();
    }

    private static String relationship(int id, String type, String target) {
        return "<Relationship Id=\"rId" + id + "\" Type=\"" + REL_NS + "/" + type + "\" Target=\"" + target + "\"/>";
    }

    private static String override(String part, String type) {
        return "<Override PartName=\"" + part + "\" ContentType=\"" + type + "\"/>";
    }
}
