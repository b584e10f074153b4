package org.indexkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.Problem;
import picocli.CommandLine;

/**
 * Turns failures into messages a researcher can act on: bad input lists every problem with its
 * cell (exit 2), an unreadable file says which (exit 2); anything else is a bug (exit 1), reported
 * in one line without a stack trace.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
  static final int BAD_INPUT = 2;

  @Override
  public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    if (e instanceof InvalidInputException bad) {
      err.println("IndexKit cannot " + ("fit".equals(cl.getCommandName()) ? "fit" : "score") + " this input (" + bad.problems().size() + " problem"
          + (bad.problems().size() == 1 ? "" : "s") + "):");
      for (Problem p : bad.problems()) err.println("  " + p);
      return BAD_INPUT;
    }
    if (e instanceof java.nio.file.NoSuchFileException missing) {
      err.println("No such file: " + missing.getFile());
      return BAD_INPUT;
    }
    if (e instanceof IOException io) {
      err.println("Cannot read or write a file: " + io.getMessage());
      return BAD_INPUT;
    }
    if (e instanceof IllegalArgumentException arg) {
      err.println(arg.getMessage());
      return BAD_INPUT;
    }
    err.println("Internal error (please report it): " + e);
    return 1;
  }
}
