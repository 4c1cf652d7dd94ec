package dev.schemawright.modeling.service.intake;

import dev.schemawright.contracts.event.RequirementEvent;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.contracts.tenant.RunRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Gathers the requirement events of each run attempt until all {@code total} have arrived, in any order, dropping
 * duplicates by event id (delivery is at-least-once). Each event comes with a receipt {@code R} (the Kafka message)
 * that the caller acknowledges only once the run's outcome is published: a run is never acknowledged half gathered,
 * so a crash or a rebalance re-delivers it whole. Memory is bounded: a cap on open runs and on a run's size, idle runs
 * expire, and only a bounded number of finished runs is remembered. Pure and thread-safe (synchronized).
 */
public final class RunGatherer<R> {
    private final int maxOpenRuns;
    private final int maxRequirementsPerRun;
    private final Duration idleTimeout;
    private final int rememberedRuns;

    private final LinkedHashMap<RunRef, OpenRun<R>> open = new LinkedHashMap<>();
    private final LinkedHashMap<RunRef, Boolean> finished;
    private final List<ExpiredRun<R>> evicted = new ArrayList<>();

    public RunGatherer(int maxOpenRuns, int maxRequirementsPerRun, Duration idleTimeout, int rememberedRuns) {
        if (maxOpenRuns < 1 || maxRequirementsPerRun < 1 || rememberedRuns < 1 || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("gatherer bounds must be positive");
        }
        this.maxOpenRuns = maxOpenRuns;
        this.maxRequirementsPerRun = maxRequirementsPerRun;
        this.idleTimeout = idleTimeout;
        this.rememberedRuns = rememberedRuns;
        this.finished = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<RunRef, Boolean> eldest) {
                return size() > RunGatherer.this.rememberedRuns;
            }
        };
    }

    private static final class OpenRun<R> {
        final int total;
        final int partition;
        final TreeMap<Integer, Requirement> bySeq = new TreeMap<>();
        final Set<String> eventIds = new HashSet<>();
        final List<R> receipts = new ArrayList<>();
        final Instant firstSeen;
        Instant lastActivity;

        OpenRun(int total, int partition, Instant now) {
            this.total = total;
            this.partition = partition;
            this.firstSeen = now;
            this.lastActivity = now;
        }
    }

    /** What one event did to its run. */
    public sealed interface Outcome<R> permits Pending, Duplicate, Completed, Rejected {
    }

    /** Stored; the run still waits for more. The receipt is held with the run. */
    public record Pending<R>(int received, int total) implements Outcome<R> {
    }

    /** Dropped: seen before, or its run is already finished. The caller may acknowledge its receipt at once. */
    public record Duplicate<R>(String reason) implements Outcome<R> {
    }

    /** The run is complete: its requirements in seq order, every receipt, and how long gathering took. Once per run. */
    public record Completed<R>(RunRef run, List<Requirement> requirements, List<R> receipts, Duration gathering) implements Outcome<R> {
        public Completed {
            requirements = List.copyOf(requirements);
            receipts = List.copyOf(receipts);
        }
    }

    /** The run can never be processed (too large); reported once with the receipts gathered so far. */
    public record Rejected<R>(RunRef run, String reason, List<R> receipts) implements Outcome<R> {
        public Rejected {
            receipts = List.copyOf(receipts);
        }
    }

    /** A run given up before it completed, with its receipts. */
    public record ExpiredRun<R>(RunRef run, int received, int total, String reason, List<R> receipts) {
        public ExpiredRun {
            receipts = List.copyOf(receipts);
        }
    }

    /**
     * @param partition the partition the event came from (a revoked partition's open runs are dropped)
     * @throws IllegalArgumentException when the event contradicts earlier events of its run (a different total): the
     *                                  event is bad, not the run, so it belongs on the dead-letter topic.
     */
    public synchronized Outcome<R> accept(RequirementEvent event, R receipt, int partition, Instant now) {
        RunRef key = event.run();
        if (finished.containsKey(key)) {
            return new Duplicate<>("run " + key + " already finished");
        }
        OpenRun<R> run = open.get(key);
        if (run == null) {
            if (event.total() > maxRequirementsPerRun) {
                finished.put(key, Boolean.TRUE);
                return new Rejected<>(key, "run announces " + event.total() + " requirements, more than the limit of " + maxRequirementsPerRun,
                        List.of(receipt));
            }
            makeRoom();
            run = new OpenRun<>(event.total(), partition, now);
            open.put(key, run);
        }
        if (event.total() != run.total) {
            throw new IllegalArgumentException("event " + event.eventId() + " says total " + event.total() + " but run "
                    + event.runId() + " has total " + run.total);
        }
        if (!run.eventIds.add(event.eventId())) {
            return new Duplicate<>("event " + event.eventId() + " seen before");
        }
        if (run.bySeq.putIfAbsent(event.seq(), event.requirement()) != null) {
            return new Duplicate<>("seq " + event.seq() + " of run " + key + " seen before under another event id");
        }
        run.receipts.add(receipt);
        run.lastActivity = now;
        if (run.bySeq.size() < run.total) {
            return new Pending<>(run.bySeq.size(), run.total);
        }
        open.remove(key);
        finished.put(key, Boolean.TRUE);
        return new Completed<>(key, new ArrayList<>(run.bySeq.values()), run.receipts, Duration.between(run.firstSeen, now));
    }

    /** Runs idle for longer than the timeout (and runs evicted for room since the last call); each reported once. */
    public synchronized List<ExpiredRun<R>> expire(Instant now) {
        List<ExpiredRun<R>> out = new ArrayList<>(evicted);
        evicted.clear();
        Instant cutoff = now.minus(idleTimeout);
        for (Iterator<Map.Entry<RunRef, OpenRun<R>>> it = open.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<RunRef, OpenRun<R>> e = it.next();
            OpenRun<R> run = e.getValue();
            if (run.lastActivity.isBefore(cutoff)) {
                it.remove();
                finished.put(e.getKey(), Boolean.TRUE);
                out.add(new ExpiredRun<>(e.getKey(), run.bySeq.size(), run.total,
                        "run incomplete: " + run.bySeq.size() + " of " + run.total + " requirements after " + idleTimeout.toSeconds()
                                + " s without a new one", run.receipts));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The partitions went to another consumer of the group, which re-reads their unacknowledged runs from the committed
     * offset: forget what was gathered from them, so this instance neither completes nor expires those runs.
     */
    public synchronized int dropPartitions(Collection<Integer> partitions) {
        int before = open.size();
        open.values().removeIf(run -> partitions.contains(run.partition));
        return before - open.size();
    }

    public synchronized int openRuns() {
        return open.size();
    }

    private void makeRoom() {
        while (open.size() >= maxOpenRuns) {
            // the least recently active run (a linear scan: open runs are bounded and eviction is rare)
            Map.Entry<RunRef, OpenRun<R>> eldest = open.entrySet().stream()
                    .min(Map.Entry.comparingByValue(java.util.Comparator.comparing((OpenRun<R> r) -> r.lastActivity))).orElseThrow();
            open.remove(eldest.getKey());
            finished.put(eldest.getKey(), Boolean.TRUE);
            OpenRun<R> run = eldest.getValue();
            evicted.add(new ExpiredRun<>(eldest.getKey(), run.bySeq.size(), run.total,
                    "run incomplete: evicted to stay within " + maxOpenRuns + " open runs (" + run.bySeq.size() + " of " + run.total
                            + " requirements)", run.receipts));
        }
    }
}
