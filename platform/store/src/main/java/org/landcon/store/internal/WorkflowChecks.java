package org.landcon.store.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.landcon.api.model.ApprovalStep;
import org.landcon.store.StoreException;
import org.landcon.store.model.Consent;
import org.landcon.store.model.PlanVersion;
import org.landcon.store.model.StepRecord;
import org.landcon.store.model.SubprojectAcceptance;

/** The content checks of the workflow (条八, 条九), each refusing with what is missing. */
final class WorkflowChecks {

    void consentComplete(Consent k) {
        if (k.villageCode() == null || k.body() == null || k.date() == null || blank(k.documentRef())
                || !(k.ratio() >= 0 && k.ratio() <= 1)) {
            throw new StoreException("村民同意记录不完整：须有村代码、同意主体、日期、文件编号和 0–1 的同意比例",
                    "incomplete consent: village code, body, date, document reference and a ratio 0–1 are required");
        }
    }

    void everyVillageConsented(List<Consent> consents, Collection<String> touched, double threshold) {
        if (touched.isEmpty()) {
            throw new StoreException("未给出方案涉及的村", "no village touched by the plan was given");
        }
        Map<String, Consent> byVillage = consents.stream().collect(Collectors.toMap(Consent::villageCode, k -> k));
        Set<String> missing = new TreeSet<>(touched);
        missing.removeAll(byVillage.keySet());
        if (!missing.isEmpty()) {
            throw new StoreException("以下村尚未记录同意：" + String.join("、", missing),
                    "no consent recorded for village(s): " + String.join(", ", missing));
        }
        for (String v : new TreeSet<>(touched)) {
            double ratio = byVillage.get(v).ratio();
            if (ratio < threshold) {
                throw new StoreException(String.format("村 %s 的同意比例 %.1f%% 低于要求的 %.1f%%", v, ratio * 100, threshold * 100),
                        String.format("village %s consented at %.1f%%, below the required %.1f%%", v, ratio * 100, threshold * 100));
            }
        }
    }

    void chainUsable(List<ApprovalStep> chain) {
        if (chain == null || chain.stream().noneMatch(s -> !s.filing())) {
            throw new StoreException("审批链为空：须至少有一个审批环节", "the approval chain has no approval step");
        }
    }

    void noViolation(PlanVersion latest) {
        List<String> rules = latest.rules().stream().filter(r -> "violation".equals(r.outcome())).map(r -> r.id()).toList();
        if (latest.violations() > 0) {
            throw new StoreException("最新版本 v" + latest.number() + " 有 " + latest.violations() + " 项违规（"
                    + String.join("、", rules) + "），不能报批", "the latest version v" + latest.number() + " has "
                    + latest.violations() + " violation(s) (" + String.join(", ", rules) + "); it cannot be submitted");
        }
    }

    StepRecord pendingStep(List<StepRecord> steps, boolean filing, String level) {
        Optional<StepRecord> next = ChainRows.pending(steps, filing);
        String kindZh = filing ? "备案" : "审批";
        String kindEn = filing ? "filing" : "approval";
        if (next.isEmpty()) {
            throw new StoreException("没有待办的" + kindZh + "环节", "no " + kindEn + " step is pending");
        }
        if (!next.get().level().equals(level)) {
            throw new StoreException("待办的" + kindZh + "环节是「" + next.get().nameZh() + "」（" + next.get().level()
                    + "），不是 " + level, "the pending " + kindEn + " step is " + next.get().level() + ", not " + level);
        }
        return next.get();
    }

    void filingsDone(List<StepRecord> steps) {
        ChainRows.pending(steps, true).ifPresent(s -> {
            throw new StoreException("尚未记录备案「" + s.nameZh() + "」（" + s.level() + "），不能开始实施",
                    "the filing " + s.level() + " is not recorded yet; implementation cannot start");
        });
    }

    void acceptable(String subproject, int version, Map<String, Boolean> subprojects,
            List<SubprojectAcceptance> accepted, LocalDate date, Double measuredArea, String reference) {
        if (!subprojects.containsKey(subproject)) {
            throw new StoreException("子项目 " + subproject + " 不在已批准的方案版本 v" + version + " 中",
                    "sub-project " + subproject + " is not in the approved version v" + version);
        }
        accepted.stream().filter(a -> a.subproject().equals(subproject)).findFirst().ifPresent(a -> {
            throw new StoreException("子项目 " + subproject + " 已于 " + a.date() + " 验收",
                    "sub-project " + subproject + " was already accepted on " + a.date());
        });
        dated(date, reference);
        if (subprojects.get(subproject) && (measuredArea == null || !(measuredArea > 0))) {
            throw new StoreException("子项目 " + subproject + " 新增耕地，须填写实测新增耕地面积（m²）",
                    "sub-project " + subproject + " creates new cultivated land (耕地): its measured area (m²) is required");
        }
    }

    void everySubprojectAccepted(Collection<String> subprojects, List<SubprojectAcceptance> accepted) {
        Set<String> missing = new TreeSet<>(subprojects);
        accepted.forEach(a -> missing.remove(a.subproject()));
        if (!missing.isEmpty()) {
            throw new StoreException("尚有 " + missing.size() + " 个子项目未验收：" + String.join("、", missing) + "，不能整体验收",
                    missing.size() + " sub-project(s) not yet accepted: " + String.join(", ", missing)
                            + "; overall acceptance is not possible");
        }
    }

    void dated(LocalDate date, String reference) {
        if (date == null) {
            throw new StoreException("须填写验收日期", "the acceptance date is required");
        }
        reference(reference);
    }

    void reference(String reference) {
        if (blank(reference)) {
            throw new StoreException("须填写文件编号或理由", "a document reference or reason is required");
        }
    }

    void maintenance(String owner, double funds) {
        if (blank(owner) || !(funds > 0)) {
            throw new StoreException("须明确管护责任主体并落实管护资金（万元，大于 0）",
                    "the maintenance owner and funds (万元, > 0) are required");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
