package org.marsad.app;

import picocli.CommandLine.Command;

/** {@code marsad train MODEL --data DIR}: build a model from a data set. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train a model from a data set; the last line is one JSON object of figures.",
    subcommands = {TrainHateCommand.class})
final class TrainCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a model is required (hate)");
  }
}
