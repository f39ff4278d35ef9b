package org.marsad.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps RELIABILITY.md's table current: reliability tests {@link #record} one row per fault or bad input they
 * tried (after their assertions passed), and {@link #check} at the end of the class compares the rows with
 * those of the table whose last column names the class. A row produced but not in the table, or (with
 * {@code -Dmarsad.reliability.strict=true}, which the reliability profile sets) a row of the class in the table
 * but not produced, fails the class. {@code -Dmarsad.reliability.update=true} adds the rows produced instead (and
 * under strict, also drops the class's rows not produced).
 * Rows are also written to {@code target/reliability/CLASS.tsv}.
 *
 * <p>Other modules' tests reach it through marsad-core's test jar. The format is the contract:
 * {@code | area | fault or bad input | expected | result | test |}.
 */
public final class ReliabilityRows {

  private static final Map<String, List<List<String>>> ROWS = new ConcurrentHashMap<>();
  private static final String BEGIN = "<!-- reliability rows begin -->";
  private static final String END = "<!-- reliability rows end -->";

  private ReliabilityRows() {}

  /** One row: what was tried, what should happen, what did (deterministic: no timings or temp paths). */
  public static void record(Class<?> test, String area, String fault, String expected, String result) {
    ROWS.computeIfAbsent(test.getSimpleName(), k -> new ArrayList<>())
        .add(List.of(cell(area), cell(fault), cell(expected), cell(result), test.getSimpleName()));
  }

  /** Compares (or with update on, rewrites) the class's rows in RELIABILITY.md; fails with the difference. */
  public static synchronized void check(Class<?> test) {
    String name = test.getSimpleName();
    List<String> produced = new ArrayList<>(new TreeSet<>(
        ROWS.getOrDefault(name, List.of()).stream().map(ReliabilityRows::line).toList()));
    Path root = Path.of(System.getProperty("marsad.root", "..")).toAbsolutePath().normalize();
    Path md = root.resolve("RELIABILITY.md");
    try {
      Files.createDirectories(root.resolve("target/reliability"));
      Files.write(root.resolve("target/reliability/" + name + ".tsv"), ROWS.getOrDefault(name, List.of()).stream()
          .map(r -> String.join("\t", r)).sorted().toList(), StandardCharsets.UTF_8);
      List<String> lines = new ArrayList<>(Files.readAllLines(md, StandardCharsets.UTF_8));
      int begin = lines.indexOf(BEGIN);
      int end = lines.indexOf(END);
      if (begin < 0 || end < begin) {
        throw new AssertionError(md + " lacks the markers " + BEGIN + " and " + END);
      }
      List<String> table = lines.subList(begin + 1, end);
      String suffix = "| " + name + " |";
      List<String> mine = table.stream().filter(l -> l.endsWith(suffix)).toList();
      if (Boolean.getBoolean("marsad.reliability.update")) {
        // strict (the profile, a whole run): the class's rows become exactly those produced; otherwise (a partial
        // run) produced rows are added and the others kept
        boolean strict = Boolean.getBoolean("marsad.reliability.strict");
        List<String> rest = new ArrayList<>(table.stream()
            .filter(l -> !l.endsWith(suffix) || !strict && !produced.contains(l)).toList());
        rest.addAll(produced);
        List<String> header = rest.stream().filter(l -> !l.startsWith("| ") || l.startsWith("| area ")).toList();
        List<String> rows = rest.stream().filter(l -> l.startsWith("| ") && !l.startsWith("| area "))
            .sorted(Comparator.comparing((String l) -> l.substring(l.lastIndexOf("| ", l.length() - 3)))
                .thenComparing(Comparator.naturalOrder()))
            .toList();
        table.clear();
        table.addAll(header);
        table.addAll(rows);
        Files.write(md, lines, StandardCharsets.UTF_8);
        return;
      }
      List<String> missing = produced.stream().filter(l -> !mine.contains(l)).toList();
      List<String> stale = Boolean.getBoolean("marsad.reliability.strict")
          ? mine.stream().filter(l -> !produced.contains(l)).toList() : List.of();
      if (!missing.isEmpty() || !stale.isEmpty()) {
        throw new AssertionError("RELIABILITY.md is not current for " + name
            + " (regenerate: ./build -Preliability test -Dmarsad.reliability.update=true)"
            + "\nproduced, not in the table:\n" + String.join("\n", missing)
            + "\nin the table, not produced:\n" + String.join("\n", stale));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String line(List<String> row) {
    return "| " + String.join(" | ", row) + " |";
  }

  private static String cell(String s) {
    return s.replaceAll("\\s+", " ").strip().replace("|", "\\|");
  }
}
