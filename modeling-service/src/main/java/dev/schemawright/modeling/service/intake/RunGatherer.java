package dev.schemawright.modeling.service.intake;

import dev.schemawright.contracts.event.RequirementEvent;
import dev.schemawright.contracts.requirement.Requirement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.HashSet;

/**
 * Gathers the requirement events of each run until all {@code total} have arrived, in any order, dropping duplicates
 * by event id (delivery is at-least-once). Memory is bounded: a cap on open runs and on a run's size, idle runs
 * expire, and only a bounded number of finished runs is remembered. Pure and thread-safe (synchronized).
 */
public final class RunGatherer {
    private final int maxOpenRuns;
    private final int maxRequirementsPerRun;
    private final Duration idleTimeout;
    private final int rememberedRuns;

    private final LinkedHashMap<RunKey, OpenRun> open = new LinkedHashMap<>();
    private final LinkedHashMap<RunKey, Boolean> finished;
    private final List<ExpiredRun> evicted = new ArrayList<>();

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
            protected boolean removeEldestEntry(Map.Entry<RunKey, Boolean> eldest) {
                return size() > RunGatherer.this.rememberedRuns;
            }
        };
    }

    private record RunKey(String projectId, String runId) {
    }

    private static final class OpenRun {
        final int total;
        final TreeMap<Integer, Requirement> bySeq = new TreeMap<>();
        final Set<String> eventIds = new HashSet<>();
        final Instant firstSeen;
        Instant lastActivity;

        OpenRun(int total, Instant now) {
            this.total = total;
            this.firstSeen = now;
            this.lastActivity = now;
        }
    }

    /** What one event did to its run. */
    public sealed interface Outcome permits Pending, Duplicate, Completed, Rejected {
    }

    /** Stored; the run still waits for more. */
    public record Pending(int received, int total) implements Outcome {
    }

    /** Dropped: seen before, or its run is already finished. */
    public record Duplicate(String reason) implements Outcome {
    }

    /** The run is complete: its requirements in seq order, and how long gathering took. Reported exactly once per run. */
    public record Completed(String projectId, String runId, List<Requirement> requirements, Duration gathering) implements Outcome {
        public Completed {
            requirements = List.copyOf(requirements);
        }
    }

    /** The run can never be processed (too large); reported once, later events of the run are duplicates. */
    public record Rejected(String projectId, String runId, String reason) implements Outcome {
    }

    /** A run given up before it completed. */
    public record ExpiredRun(String projectId, String runId, int received, int total, String reason) {
    }

    /**
     * @throws IllegalArgumentException when the event contradicts earlier events of its run (a different total): the
     *                                  event is bad, not the run, so it belongs on the dead-letter topic.
     */
    public synchronized Outcome accept(RequirementEvent event, Instant now) {
        RunKey key = new RunKey(event.projectId(), event.runId());
        if (finished.containsKey(key)) {
            return new Duplicate("run " + event.runId() + " already finished");
        }
        OpenRun run = open.get(key);
        if (run == null) {
            if (event.total() > maxRequirementsPerRun) {
                finished.put(key, Boolean.TRUE);
                return new Rejected(event.projectId(), event.runId(),
                        "run announces " + event.total() + " requirements, more than the limit of " + maxRequirementsPerRun);
            }
            makeRoom(now);
            run = new OpenRun(event.total(), now);
            open.put(key, run);
        }
        if (event.total() != run.total) {
            throw new IllegalArgumentException("event " + event.eventId() + " says total " + event.total() + " but run "
                    + event.runId() + " has total " + run.total);
        }
        if (!run.eventIds.add(event.eventId())) {
            return new Duplicate("event " + event.eventId() + " seen before");
        }
        if (run.bySeq.putIfAbsent(event.seq(), event.requirement()) != null) {
            return new Duplicate("seq " + event.seq() + " of run " + event.runId() + " seen before under another event id");
        }
        run.lastActivity = now;
        if (run.bySeq.size() < run.total) {
            return new Pending(run.bySeq.size(), run.total);
        }
        open.remove(key);
        finished.put(key, Boolean.TRUE);
        return new Completed(key.projectId(), key.runId(), new ArrayList<>(run.bySeq.values()), Duration.between(run.firstSeen, now));
    }

    /** Runs idle for longer than the timeout (and runs evicted for room since the last call); each reported once. */
    public synchronized List<ExpiredRun> expire(Instant now) {
        List<ExpiredRun> out = new ArrayList<>(evicted);
        evicted.clear();
        Instant cutoff = now.minus(idleTimeout);
        for (Iterator<Map.Entry<RunKey, OpenRun>> it = open.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<RunKey, OpenRun> e = it.next();
            OpenRun run = e.getValue();
            if (run.lastActivity.isBefore(cutoff)) {
                it.remove();
                finished.put(e.getKey(), Boolean.TRUE);
                out.add(new ExpiredRun(e.getKey().projectId(), e.getKey().runId(), run.bySeq.size(), run.total,
                        "run incomplete: " + run.bySeq.size() + " of " + run.total + " requirements after " + idleTimeout.toSeconds()
                                + " s without a new one"));
            }
        }
        return List.copyOf(out);
    }

    public synchronized int openRuns() {
        return open.size();
    }

    private void makeRoom(Instant now) {
        while (open.size() >= maxOpenRuns) {
            // the least recently active run (a linear scan: open runs are bounded and eviction is rare)
            Map.Entry<RunKey, OpenRun> eldest = open.entrySet().stream()
                    .min(Map.Entry.comparingByValue(java.util.Comparator.comparing((OpenRun r) -> r.lastActivity))).orElseThrow();
            open.remove(eldest.getKey());
            finished.put(eldest.getKey(), Boolean.TRUE);
            OpenRun run = eldest.getValue();
            evicted.add(new ExpiredRun(eldest.getKey().projectId(), eldest.getKey().runId(), run.bySeq.size(), run.total,
                    "run incomplete: evicted to stay within " + maxOpenRuns + " open runs (" + run.bySeq.size() + " of " + run.total
                            + " requirements)"));
        }
    }
}
