package org.landcon.web.internal.plan;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/** One lock per plan: an edit and a re-check of the same plan make their versions one after the other. */
public final class PlanLocks {
    private final Map<Long, ReentrantLock> locks = new ConcurrentHashMap<>();

    public ReentrantLock of(long planId) {
        return locks.computeIfAbsent(planId, id -> new ReentrantLock());
    }
}
