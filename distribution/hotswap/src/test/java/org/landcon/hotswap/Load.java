package org.landcon.hotswap;

import java.io.IOException;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.ArrayList;

/**
 * A steady read load on loopback: {@code threads} clients doing GETs of the paths round-robin
 * until stopped or until {@code limitMillis}. Any status other than 2xx, and any I/O error, is a
 * failure, kept with what was asked.
 */
final class Load implements AutoCloseable {
    private final Api api;
    private final List<String> paths;
    private final long deadline;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong served = new AtomicLong();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private final List<Thread> threads = new ArrayList<>();

    Load(Api api, List<String> paths, int threads, long limitMillis) {
        this.api = api;
        this.paths = List.copyOf(paths);
        this.deadline = System.currentTimeMillis() + limitMillis;
        for (int t = 0; t < threads; t++) {
            int first = t;
            Thread th = new Thread(() -> run(first), "load-" + t);
            th.setDaemon(true);
            this.threads.add(th);
        }
        this.threads.forEach(Thread::start);
    }

    private void run(int first) {
        int i = first;
        while (running.get() && System.currentTimeMillis() < deadline) {
            String path = paths.get(i++ % paths.size());
            try {
                int status = api.status(path);
                if (status / 100 == 2) {
                    served.incrementAndGet();
                } else {
                    failures.add("GET " + path + " → " + status);
                }
            } catch (IOException e) {
                failures.add("GET " + path + " → " + e);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long served() {
        return served.get();
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread t : threads) {
            t.join(60_000);
        }
    }
}
