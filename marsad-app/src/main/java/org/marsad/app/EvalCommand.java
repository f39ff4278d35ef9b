package org.marsad.app;

import picocli.CommandLine.Command;

/** {@code marsad eval TASK --data DIR}: accuracy against the data sets. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure accuracy against a data set; the last line is one JSON object of figures.",
    subcommands = {EvalExtractCommand.class, EvalDatesCommand.class, EvalGeoCommand.class, EvalHateCommand.class,
        EvalDedupCommand.class})
final class EvalCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a task is required (extract, dates, geo, hate, dedup)");
  }
}
