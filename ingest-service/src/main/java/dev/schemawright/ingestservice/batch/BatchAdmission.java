package dev.schemawright.ingestservice.batch;

import dev.schemawright.ingestservice.problem.ApiProblem;

/**
 * The global budget for batches held in memory: bytes of expanded archives (reserved before an archive is read, at its
 * largest allowed size, and trued up once it is read) and projects waiting for their turn. When either is spent the
 * batch is refused with 429 and a Retry-After, rather than letting three large archives exhaust the heap. Thread-safe.
 */
public final class BatchAdmission {
    public static final int RETRY_AFTER_SECONDS = 30;

    private final long maxBytes;
    private final int maxQueuedProjects;
    private long bytes;
    private int queuedProjects;

    public BatchAdmission(long maxBytes, int maxQueuedProjects) {
        if (maxBytes < 1 || maxQueuedProjects < 1) {
            throw new IllegalArgumentException("batch admission bounds must be positive");
        }
        this.maxBytes = maxBytes;
        this.maxQueuedProjects = maxQueuedProjects;
    }

    /** Reserves room to expand an archive; 429 when the budget cannot hold it now. */
    public synchronized Reservation reserve(long upTo) {
        long wanted = Math.min(upTo, maxBytes);
        if (bytes + wanted > maxBytes) {
            throw busy("the service is expanding other batches (" + bytes + " of " + maxBytes + " bytes in use)");
        }
        bytes += wanted;
        return new Reservation(wanted);
    }

    public synchronized long bytesInUse() {
        return bytes;
    }

    public synchronized int queuedProjects() {
        return queuedProjects;
    }

    private static ApiProblem busy(String detail) {
        return new ApiProblem(429, "too-many-batches", "Too many batches", detail + "; retry in " + RETRY_AFTER_SECONDS + " s");
    }

    /** Bytes and projects one batch holds; each part is given back once, however often release is called. */
    public final class Reservation {
        private long held;
        private int projects;

        private Reservation(long held) {
            this.held = held;
        }

        /** The archive is read: keep what it really holds, and queue its projects (429 when the queue is full). */
        public void admit(long actualBytes, int projectCount) {
            synchronized (BatchAdmission.this) {
                long keep = Math.min(held, actualBytes);
                bytes -= held - keep;
                held = keep;
                if (queuedProjects + projectCount > maxQueuedProjects) {
                    release();
                    throw busy(queuedProjects + " projects of other batches are waiting (at most " + maxQueuedProjects + ")");
                }
                queuedProjects += projectCount;
                projects = projectCount;
            }
        }

        /** One project was submitted: its bytes can go (in proportion) and it leaves the queue. */
        public void projectDone() {
            synchronized (BatchAdmission.this) {
                if (projects > 0) {
                    long share = held / projects;
                    held -= share;
                    bytes -= share;
                    projects--;
                    queuedProjects--;
                }
            }
        }

        public void release() {
            synchronized (BatchAdmission.this) {
                bytes -= held;
                held = 0;
                queuedProjects -= projects;
                projects = 0;
            }
        }
    }
}
