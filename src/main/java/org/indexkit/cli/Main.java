package org.indexkit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar indexkit.jar <command>}: the entry point of the runnable jar. */
@Command(name = "indexkit", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
    description = "Composite indices (scores, ranks, tiers) that reproduce published city rankings.",
    subcommands = {ServeCommand.class, ScoreCommand.class, AuditCommand.class, FitCommand.class, TemplateCommand.class, PresetsCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(new Failures());
    return cl;
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"IndexKit " + org.indexkit.core.Version.get()};
    }
  }
}
