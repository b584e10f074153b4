package org.indexkit.server;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.indexkit.core.IndexResult;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.Problem;
import org.indexkit.io.LocatedTable;
import org.indexkit.io.ScoringSetup;
import org.indexkit.method.uncertainty.UncertaintyAnalysis;
import org.indexkit.pipeline.Pipeline;
import org.indexkit.sheet.SheetPlan;
import org.indexkit.sheet.SheetNames;
import org.indexkit.sheet.SheetPlans;

/**
 * Running "Check" jobs (statistical audit + uncertainty analysis) that the task pane polls for
 * progress and may cancel. The only state the server keeps, and only while a job is wanted: a
 * finished job is dropped when it is fetched or ten minutes after it finished, and at most {@link #MAX}
 * jobs are held.
 */
final class AuditJobs {
  static final int MAX = 32;
  static final long KEEP_MILLIS = 10 * 60 * 1000;

  /** What the pane sees: status, runs done of runs, and when done the sheets to write (or the problems). */
  record View(String id, String status, int done, int runs, List<SheetPlan> sheets, List<Problem> problems) {}

  private static final class Job {
    final AtomicInteger done = new AtomicInteger();
    final AtomicBoolean cancelled = new AtomicBoolean();
    final int runs;
    volatile String status = "running";
    volatile List<SheetPlan> sheets;
    volatile List<Problem> problems;
    volatile long finishedAt;

    Job(int runs) {
      this.runs = runs;
    }
  }

  private final Map<String, Job> jobs = new ConcurrentHashMap<>();

  String start(ExecutorService pool, LocatedTable input, ScoringSetup setup, UncertaintyAnalysis ua, List<String> existing) {
    long stale = System.currentTimeMillis() - KEEP_MILLIS; // a pane closed before fetching its result must not hold a slot forever
    jobs.values().removeIf(j -> j.finishedAt != 0 && j.finishedAt < stale);
    if (jobs.size() >= MAX) throw new ApiProblem.Failure(ApiProblem.of(503, "busy", "Too many checks are running", "retry shortly", null));
    String id = UUID.randomUUID().toString();
    Job job = new Job(ua.runs());
    jobs.put(id, job);
    pool.submit(() -> {
      try {
        var tree = Pipeline.bind(input.table(), setup.tree());
        IndexResult nominal = Pipeline.run(input.table(), tree, setup.recipe());
        var u = ua.run(input.table(), tree, setup.recipe(), nominal, job.done, job.cancelled::get);
        List<SheetPlan> plans = new java.util.ArrayList<>();
        for (SheetPlan p : SheetPlans.of(nominal, null))
          if (List.of("Statistics", "Correlations", "Audit").contains(p.name())) plans.add(p);
        plans.addAll(SheetPlans.sensitivity(nominal, u));
        plans.add(SheetPlans.importance(UncertaintyAnalysis.leaveOneOut(input.table(), tree, setup.recipe(), nominal)));
        job.sheets = SheetNames.avoid(plans, existing);
        job.status = "done";
      } catch (CancellationException e) {
        job.status = "cancelled";
      } catch (InvalidInputException e) {
        job.problems = input.locate(e.problems());
        job.status = "failed";
      } catch (RuntimeException e) {
        job.problems = List.of(Problem.of("internal", "the check failed unexpectedly"));
        job.status = "failed";
      } finally {
        job.finishedAt = System.currentTimeMillis();
      }
    });
    return id;
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
}
