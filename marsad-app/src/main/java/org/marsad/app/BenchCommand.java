package org.marsad.app;

import picocli.CommandLine.Command;

/** {@code marsad bench TARGET}: speed and memory; the last line is one JSON object of figures. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure speed and memory; the last line is one JSON object of figures.",
    subcommands = {
        BenchExtractCommand.class,
        BenchEmbedCommand.class,
        BenchDedupCommand.class,
        BenchFlinkCommand.class,
        BenchReportCommand.class,
        BenchApiCommand.class,
        BenchLoadCommand.class,
        BenchPipelineCommand.class,
    })
final class BenchCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(),
        "a target is required (" + String.join(", ", spec.subcommands().keySet()) + ")");
  }
}
