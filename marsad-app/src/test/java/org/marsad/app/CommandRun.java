package org.marsad.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntSupplier;
import picocli.CommandLine;

/**
 * A command run in this JVM through {@link Main#run}, as a script would run it: standard input empty,
 * standard output and error captured. Runs are serialised (they swap the JVM's standard streams).
 */
record CommandRun(int code, String out, String err) {

  static CommandRun of(String... args) {
    return run(() -> Main.run(args));
  }

  /**
   * {@code command} (a subcommand built by the test, with what it injects set) run with {@code args}, its
   * failures turned into exit codes as {@link Main#run} does.
   */
  static CommandRun of(Object command, String... args) {
    return run(() -> {
      CommandLine cl = new CommandLine(command);
      cl.setExecutionExceptionHandler((e, line, parsed) -> {
        line.getErr().println("marsad: " + ExitReasons.oneLine(e));
        return Main.FAILURE;
      });
      return cl.execute(args);
    });
  }

  private static synchronized CommandRun run(IntSupplier command) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    InputStream in = System.in;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setIn(new ByteArrayInputStream(new byte[0]));
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int code = command.getAsInt();
      return new CommandRun(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
      System.setIn(in);
    }
  }

  /** The last non-blank line of standard output, read as JSON (the figures of eval and bench). */
  JsonNode lastJson() throws Exception {
    List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
    return new ObjectMapper().readTree(lines.getLast());
  }
}
