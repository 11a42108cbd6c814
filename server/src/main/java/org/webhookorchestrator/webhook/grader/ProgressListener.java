package org.webhookorchestrator.webhook.grader;

/** Told as each case finishes, so that a long run can report progress (an MCP progress notification, a log line). */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (completed, total, message) -> { };

    /**
     * @param completed how many cases have finished
     * @param total how many cases the run has
     * @param message the case just finished and its outcome
     */
    void progress(int completed, int total, String message);
}
