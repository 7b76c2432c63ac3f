package org.landcon.assembly.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.PlanView;
import org.landcon.api.rule.PlanRule;

/**
 * Runs rules isolated from each other: each on the pool, each with a time limit. A rule that
 * throws, times out or answers for another id gets an {@code error} verdict naming its bundle;
 * the other rules complete.
 */
final class RuleRunner {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RuleRunner.class);
    /** {@code -Dlandcon.rule.timing=true} logs the slowest rules of every assembly (bench/assemble-township.sh). */
    static final boolean TIMING = Boolean.getBoolean("landcon.rule.timing");
    private final ExecutorService pool;
    private final long timeoutMillis;
    /** How long each rule took last time (ms), by rule id: the order to start them in. */
    private final java.util.Map<String, Long> lastMillis = new java.util.concurrent.ConcurrentHashMap<>();

    RuleRunner(ExecutorService pool, long timeoutMillis) {
        this.pool = pool;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * Starts every rule on the pool, longest first by its last run (a plan's assembly takes as
     * long as its slowest rule, so that one must not wait in the queue); the verdicts come in the
     * order of {@code rules}.
     */
    Running start(List<Snapshot.RuleEntry> rules, PlanView plan) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparingLong(
                (Integer i) -> -lastMillis.getOrDefault(rules.get(i).rule().service().id(), 0L)));
        List<Future<Verdict>> futures = new ArrayList<>(java.util.Collections.nCopies(rules.size(), null));
        java.util.Map<String, Long> took = new java.util.concurrent.ConcurrentHashMap<>();
        for (int i : order) {
            Snapshot.RuleEntry e = rules.get(i);
            futures.set(i, pool.submit(() -> {
                long t0 = System.nanoTime();
                try {
                    return e.rule().service().evaluate(plan);
                } finally {
                    took.put(e.rule().service().id(), (System.nanoTime() - t0) / 1_000_000);
                }
            }));
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        return () -> {
            List<Verdict> out = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) {
                out.add(collect(rules.get(i).rule(), futures.get(i), deadline));
            }
            lastMillis.putAll(took);
            if (TIMING) {
                LOG.info("rule times (ms): {}", took.entrySet().stream()
                        .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(8).toList());
            }
            return out;
        };
    }

    /** Rules started on the pool. */
    interface Running {
        /** Waits for every rule (each within the time limit) and gives one verdict per rule. */
        List<Verdict> verdicts();
    }

    private static Verdict collect(Registered<PlanRule> rule, Future<Verdict> f, long deadline) {
        String id = rule.service().id();
        try {
            long wait = Math.max(0, deadline - System.nanoTime());
            Verdict v = f.get(wait, TimeUnit.NANOSECONDS);
            if (v == null || !id.equals(v.rule())) {
                return error(rule, "返回了无效结果", "returned no verdict of its own",
                        v == null ? "null" : "verdict for " + v.rule());
            }
            return v;
        } catch (TimeoutException e) {
            f.cancel(true);
            return error(rule, "运行超时", "timed out", "timeout");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return error(rule, "运行出错", "failed", cause.getClass().getName() + ": " + cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(rule, "被中断", "was interrupted", "interrupted");
        }
    }

    static Verdict error(Registered<PlanRule> rule, String zh, String en, String detail) {
        String id = rule.service().id();
        return Verdict.of(id, Outcome.ERROR)
                .message("规则 " + id + "（" + rule.bundle() + " " + rule.version() + "）" + zh + "：" + detail,
                        "rule " + id + " (" + rule.bundle() + " " + rule.version() + ") " + en + ": " + detail)
                .figure("bundle", rule.bundle()).figure("version", rule.version()).build();
    }
}
