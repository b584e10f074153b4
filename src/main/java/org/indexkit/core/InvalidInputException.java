package org.indexkit.core;

import java.util.List;
import java.util.stream.Collectors;

/** The input cannot be scored as given; every reason is listed so the user fixes them all at once. */
public class InvalidInputException extends RuntimeException {
  private final List<Problem> problems;

  public InvalidInputException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public InvalidInputException(Problem problem) {
    this(List.of(problem));
  }

  public List<Problem> problems() {
    return problems;
  }
}
