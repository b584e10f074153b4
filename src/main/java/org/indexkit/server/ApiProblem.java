package org.indexkit.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.indexkit.core.Problem;

/**
 * An RFC 9457 problem: the body of every error response ({@code application/problem+json}), with
 * IndexKit's extension {@code problems}: each bad cell with its address, so the task pane can take
 * the user to it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiProblem(String type, String title, int status, String detail, List<Problem> problems) {

  /** Thrown inside a route to answer with this problem. */
  public static final class Failure extends RuntimeException {
    private final transient ApiProblem problem;

    public Failure(ApiProblem problem) {
      super(problem.title(), null, false, false);
      this.problem = problem;
    }

    public ApiProblem problem() {
      return problem;
    }
  }

  public static ApiProblem of(int status, String slug, String title, String detail, List<Problem> problems) {
    return new ApiProblem("/problems/" + slug, title, status, detail, problems == null || problems.isEmpty() ? null : problems);
  }

  /** A request in flight when the server stops: nothing partial is sent. */
  static ApiProblem stopping() {
    return of(503, "stopping", "IndexKit is stopping", "the server was stopped before this finished; start it and retry", null);
  }

  public static Failure badRequest(String detail) {
    return new Failure(of(400, "bad-request", "The request is not what IndexKit expects", detail, null));
  }

  public static Failure invalidInput(List<Problem> problems) {
    return new Failure(of(422, "invalid-input", "The data cannot be scored as given",
        problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "; each names its cell where it has one", problems));
  }
}
