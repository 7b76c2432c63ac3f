package org.landcon.shell.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.landcon.api.model.AssembledPlan;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.PlanPackage;
import org.landcon.api.model.Problem;
import org.landcon.api.model.Verdict;
import org.landcon.api.service.InvalidPackageException;
import org.landcon.api.service.PlanAssembler;
import org.landcon.api.service.PlanPackageReader;
import org.landcon.assembly.output.PlanOutputs;

/**
 * {@code assemble <package> --out <dir>}: reads, assembles and writes a plan headless. Exit status
 * 0 when the plan has no violation, 1 when it has, 2 when the input is unusable (reason on stderr).
 */
final class Cli {
    static final Set<String> COMMANDS = Set.of("assemble", "help", "--help");
    static final int OK = 0;
    static final int VIOLATIONS = 1;
    static final int UNUSABLE = 2;

    private final PlanPackageReader reader;
    private final PlanAssembler assembler;
    private final PrintStream out;
    private final PrintStream err;

    Cli(PlanPackageReader reader, PlanAssembler assembler, PrintStream out, PrintStream err) {
        this.reader = reader;
        this.assembler = assembler;
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        if (args.isEmpty() || !"assemble".equals(args.get(0))) {
            usage(out);
            return args.isEmpty() || !args.get(0).contains("help") ? UNUSABLE : OK;
        }
        Path pkgPath = null;
        Path outDir = null;
        int repeat = 1;
        for (int i = 1; i < args.size(); i++) {
            if ("--out".equals(args.get(i)) && i + 1 < args.size()) {
                outDir = Path.of(args.get(++i));
            } else if ("--repeat".equals(args.get(i)) && i + 1 < args.size()) {
                repeat = Math.max(1, Integer.parseInt(args.get(++i)));
            } else if (pkgPath == null && !args.get(i).startsWith("--")) {
                pkgPath = Path.of(args.get(i));
            } else {
                err.println("未知参数 unknown argument: " + args.get(i));
                usage(err);
                return UNUSABLE;
            }
        }
        if (pkgPath == null || outDir == null) {
            usage(err);
            return UNUSABLE;
        }
        return assemble(pkgPath, outDir, repeat);
    }

    private int assemble(Path pkgPath, Path outDir, int repeat) {
        long t0 = System.nanoTime();
        try {
            PlanPackage pkg = reader.read(pkgPath);
            pkg.warnings().forEach(w -> err.println("警告 warning: " + w));
            out.printf(Locale.ROOT, "读取方案包 package read: %d 地类图斑, %d 变化地块, %.2f s%n", pkg.landParcels().size(),
                    pkg.changeParcels().size(), (System.nanoTime() - t0) / 1e9);
            AssembledPlan plan = null;
            for (int i = 1; i <= repeat; i++) {
                long a0 = System.nanoTime();
                plan = assembler.assemble(pkg);
                out.printf(Locale.ROOT, "组装 assembly %d/%d: %.3f s%n", i, repeat, (System.nanoTime() - a0) / 1e9);
            }
            PlanOutputs.write(plan, pkg, outDir);
            report(plan, outDir, (System.nanoTime() - t0) / 1e9);
            return plan.hasViolation() ? VIOLATIONS : OK;
        } catch (InvalidPackageException e) {
            err.println("方案包不可用 the plan package is unusable: " + pkgPath);
            for (Problem p : e.problems()) {
                err.println("  " + (p.severity() == Problem.Severity.ERROR ? "错误 error" : "警告 warning") + ": " + p);
            }
            return UNUSABLE;
        } catch (java.io.IOException | RuntimeException e) {
            err.println("无法组装方案 cannot assemble " + pkgPath + ": " + e);
            if (e instanceof RuntimeException) {
                e.printStackTrace(err); // a defect, not bad input: the trace is for the report
            }
            return UNUSABLE;
        }
    }

    private void report(AssembledPlan plan, Path outDir, double seconds) {
        out.printf(Locale.ROOT, "%s %s: %d 条规则 rules, %d 个模块 modules, %.2f s → %s%n", plan.unit().code(),
                plan.unit().name(), plan.verdicts().size(), plan.modules().size(), seconds, outDir.toAbsolutePath());
        for (Verdict v : plan.verdicts()) {
            out.printf(Locale.ROOT, "  %-22s %-15s %s%n", v.rule(), v.outcome().code(), v.message());
        }
        if (!plan.unhandled().isEmpty()) {
            out.println("  未处理的变化地块 unhandled parcels (no module deployed): " + plan.unhandled().size());
        }
        long violations = plan.verdicts().stream().filter(v -> v.outcome() == Outcome.VIOLATION).count();
        out.println(violations == 0 ? "无违规 no violation" : violations + " 条违规 violation(s)");
    }

    static void usage(PrintStream s) {
        s.println("用法 usage: java -jar landcon.jar                      启动平台 start the platform (port 8080)");
        s.println("           java -jar landcon.jar assemble <package> --out <dir> [--repeat N]   组装方案 assemble a plan headless");
        s.println("           exit 0 无违规 no violation, 1 有违规 violations, 2 输入不可用 unusable input");
    }
}
