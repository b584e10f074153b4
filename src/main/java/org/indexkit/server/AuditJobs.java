package org.indexkit.server;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.indexkit.analysis.UncertaintyAnalysis;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.Problem;
import org.indexkit.input.LocatedTable;
import org.indexkit.scoring.Scoring;
import org.indexkit.scoring.ScoringSetup;
import org.indexkit.sheet.SheetPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Running "Check" jobs (statistical audit + uncertainty analysis) that the task pane polls for
 * progress and may cancel. The only state the server keeps, and only while a job is wanted: a
 * finished job is dropped when it is fetched or ten minutes after it finished, and at most {@link #MAX}
 * jobs are held — counted atomically, and a slot is taken only for a job that was really started.
 *
 * <p>Checks run on their own pool, smaller than the machine (half its cores), so however many are
 * queued the compute pool keeps the other half; their Monte Carlo runs are spread over that pool
 * only. Each has a deadline ({@link ServerOptions#maxCheckSeconds()}); whatever ends a job —
 * results, bad input, cancellation, the deadline, or an Error such as running out of memory — is
 * reported as its status and logged without data values.
 */
final class AuditJobs {
  static final int MAX = 32;
  static final long KEEP_MILLIS = 10 * 60 * 1000;
  private static final Logger LOG = LoggerFactory.getLogger(AuditJobs.class);

  /** What the pane sees: status, runs done of runs, and when done the sheets to write (or the problems). */
  record View(String id, String status, int done, int runs, List<SheetPlan> sheets, List<Problem> problems) {}

  private static final class Job {
    final AtomicInteger done = new AtomicInteger();
    final AtomicBoolean cancelled = new AtomicBoolean();
    final int runs;
    final long deadline;
    volatile String status = "running";
    volatile List<SheetPlan> sheets;
    volatile List<Problem> problems;
    volatile long finishedAt;

    Job(int runs, long deadline) {
      this.runs = runs;
      this.deadline = deadline;
    }

    boolean stopped() {
      return cancelled.get() || System.currentTimeMillis() > deadline;
    }
  }

  private final Map<String, Job> jobs = new ConcurrentHashMap<>();
  private final ForkJoinPool pool;
  private final int seconds;

  AuditJobs(int threads, int seconds) {
    this.pool = new ForkJoinPool(Math.max(1, threads));
    this.seconds = seconds;
  }

  /** A pool of half the machine's cores (at least one). */
  static int threads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
  }

  /**
   * Starts a check and returns its id.
   *
   * @param memory what the check may hold; closed when the job ends
   * @throws ApiProblem.Failure 503 when {@link #MAX} checks are held or the pool refuses work
   */
  String start(LocatedTable input, ScoringSetup setup, UncertaintyAnalysis ua, List<String> existing, AutoCloseable memory) {
    String id = UUID.randomUUID().toString();
    Job job = new Job(ua.runs(), System.currentTimeMillis() + seconds * 1000L);
    synchronized (jobs) { // check-then-put as one step: simultaneous requests cannot pass the limit together
      long stale = System.currentTimeMillis() - KEEP_MILLIS; // a pane closed before fetching its result must not hold a slot forever
      jobs.values().removeIf(j -> j.finishedAt != 0 && j.finishedAt < stale);
      if (jobs.size() >= MAX) throw busy("Too many checks are running");
      try {
        pool.execute(() -> run(id, job, input, setup, ua, existing, memory));
      } catch (RejectedExecutionException e) {
        throw busy("IndexKit is busy");
      }
      jobs.put(id, job);
    }
    return id;
  }

  private void run(String id, Job job, LocatedTable input, ScoringSetup setup, UncertaintyAnalysis ua, List<String> existing,
                   AutoCloseable memory) {
    List<SheetPlan> sheets = null;
    List<Problem> problems = null;
    String status = "failed";
    try (memory) { // released before the outcome is published: the status changes once, when everything is over
      sheets = Scoring.check(input, setup, ua, 0, false, null, existing, job.done, job::stopped).sheets();
      status = "done";
    } catch (CancellationException e) {
      status = job.cancelled.get() ? "cancelled" : "failed";
      if (!job.cancelled.get()) problems = List.of(Problem.of("too-costly", "the check ran longer than this server's limit of " + seconds
          + " s and was stopped; ask for fewer runs or send fewer rows"));
    } catch (InvalidInputException e) { // located by Scoring
      status = "failed";
      problems = e.problems();
    } catch (Throwable e) { // an Error too (OutOfMemoryError): the job must end, and the log must say why
      status = "failed";
      LOG.error("check {} failed unexpectedly: {} at {}", id, e.getClass().getName(), where(e));
      problems = List.of(Problem.of("internal", "the check failed unexpectedly (" + e.getClass().getSimpleName()
          + "); the failure was logged on the server"));
    } finally {
      if (!status.equals("done")) sheets = null;
      job.sheets = sheets;
      job.problems = problems;
      job.finishedAt = System.currentTimeMillis();
      job.status = status;
    }
  }

  /** The first frames of a failure, without its message (which may quote data values). */
  static String where(Throwable e) {
    StackTraceElement[] at = e.getStackTrace();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(8, at.length); i++) sb.append(i == 0 ? "" : " < ").append(at[i]);
    return sb.toString();
  }

  View view(String id) {
    Job job = jobs.get(id);
    if (job == null) throw new ApiProblem.Failure(ApiProblem.of(404, "no-job", "No such check", "it finished and was fetched, or never existed", null));
    if (!job.status.equals("running")) jobs.remove(id);
    return new View(id, job.status, job.done.get(), job.runs, job.sheets, job.problems);
  }

  void cancel(String id) {
    Job job = jobs.get(id);
    if (job == null) throw new ApiProblem.Failure(ApiProblem.of(404, "no-job", "No such check", null, null));
    job.cancelled.set(true);
  }

  void shutdownNow() {
    pool.shutdownNow();
  }

  private static ApiProblem.Failure busy(String title) {
    return new ApiProblem.Failure(ApiProblem.of(503, "busy", title, "retry shortly", null));
  }
}
