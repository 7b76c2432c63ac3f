package org.landcon.itests;

import java.io.File;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Prints the in-framework test results the way Surefire does ({@code Tests run: …}), because the
 * bnd tester writes JUnit XML but no summary line, and fails the build on any failure. Run by the
 * build after bnd-testing, not inside the framework.
 */
public final class TestReportSummary {

    private TestReportSummary() {
    }

    public static void main(String[] args) throws Exception {
        File dir = new File(args.length > 0 ? args[0] : "target/test-reports");
        int tests = 0, failures = 0, errors = 0, skipped = 0;
        File[] runs = dir.listFiles(File::isDirectory);
        if (runs != null) {
            for (File run : runs) {
                File[] reports = run.listFiles((d, n) -> n.startsWith("TEST-") && n.endsWith(".xml"));
                for (File f : reports == null ? new File[0] : reports) {
                    Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(f).getDocumentElement();
                    tests += Integer.parseInt(suite.getAttribute("tests"));
                    failures += Integer.parseInt(suite.getAttribute("failures"));
                    errors += Integer.parseInt(suite.getAttribute("errors"));
                    skipped += Integer.parseInt(suite.getAttribute("skipped").isEmpty() ? "0" : suite.getAttribute("skipped"));
                    printFailures(suite);
                }
            }
        }
        System.out.printf(Locale.ROOT, "[INFO] In-framework tests (bnd-testing, %s)%n", dir);
        System.out.printf(Locale.ROOT, "Tests run: %d, Failures: %d, Errors: %d, Skipped: %d%n", tests, failures, errors, skipped);
        if (tests == 0 || failures + errors > 0) {
            throw new IllegalStateException(tests == 0 ? "no in-framework test ran" : (failures + errors) + " in-framework test(s) failed");
        }
    }

    private static void printFailures(Element suite) {
        NodeList cases = suite.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            for (String tag : new String[] { "failure", "error" }) {
                NodeList bad = c.getElementsByTagName(tag);
                if (bad.getLength() > 0) {
                    System.out.println("[ERROR] " + c.getAttribute("classname") + "." + c.getAttribute("name") + ": "
                            + ((Element) bad.item(0)).getAttribute("message"));
                }
            }
        }
    }
}
