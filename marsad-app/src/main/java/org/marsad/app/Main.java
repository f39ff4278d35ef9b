package org.marsad.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code marsad} command line. Exit codes: 0 success, 1 failure, 2 usage error, 3 finished
 * with some inputs quarantined. Every non-zero exit prints a one-line reason.
 */
@Command(
    name = "marsad",
    mixinStandardHelpOptions = true,
    version = "marsad 0.1.0",
    description = "Marsad: watch the news for religion-based hatred and the response to it.",
    subcommands = {
      DemoCommand.class,
      SourcesCommand.class,
      WatchCommand.class,
      LeadsCommand.class,
      AlertsCommand.class,
      ExtractCommand.class,
      IngestCommand.class,
      ProcessCommand.class,
      StatusCommand.class,
      ReportCommand.class,
      ServeCommand.class,
      UserCommand.class,
      BackupCommand.class,
      RestoreCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      TrainCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int USAGE = 2;
  public static final int QUARANTINED = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code. */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("marsad: " + ExitReasons.oneLine(e));
      return FAILURE;
    });
    cl.setParameterExceptionHandler((e, args1) -> {
      e.getCommandLine().getErr().println("marsad: " + ExitReasons.oneLine(e) + " (see marsad --help)");
      return USAGE;
    });
    return cl.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }
}
