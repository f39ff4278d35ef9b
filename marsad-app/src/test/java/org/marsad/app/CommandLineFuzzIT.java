package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.marsad.core.testing.ReliabilityRows;

/**
 * 150 random command lines run through {@link Main#run} in this JVM: known and unknown commands, options with
 * good, bad and absent values, SQL metacharacters, NUL, 10,000-character arguments, files good, binary and
 * missing. Each must exit 0 to 3, and a non-zero exit prints exactly one {@code marsad:} line and no stack trace.
 * Commands that would run for minutes or never stop (demo, watch, serve, process, extract, eval, bench, train)
 * are always given an unknown option too, so they end at parsing; the rest really run, on a home in a temporary
 * folder ({@code user.home} points there), and write files only there.
 */
@Tag("reliability")
class CommandLineFuzzIT {

  static Path tmp;
  static String realHome;
  static final Map<Integer, Integer> EXITS = new TreeMap<>();
  static final List<String> SAMPLES = new ArrayList<>();

  /** Commands that end at once or only touch the store: run for real. */
  static final List<String> RUN = List.of("", "status", "status --json", "ingest", "sources", "sources add",
      "sources list", "sources remove", "report", "backup", "restore", "user", "user add", "help", "help ingest",
      "--help", "--version", "frobnicate", "STATUS", "eval", "bench", "train", "alerts");
  /** Commands that would run long: always also given an unknown option, so they stop at parsing. */
  static final List<String> PARSE_ONLY = List.of("demo", "watch", "serve", "process", "extract", "eval extract",
      "eval dates", "eval geo", "eval hate", "eval dedup", "bench extract", "bench api", "bench report", "train hate");

  @BeforeContainer
  static void home() throws Exception {
    tmp = Files.createTempDirectory("cli-fuzz");
    realHome = System.getProperty("user.home");
    System.setProperty("user.home", tmp.resolve("user").toString()); // the default --home is in here
    Files.writeString(tmp.resolve("good.txt"), "date 2023-08-01\n\nA mosque in Leeds was vandalised on Monday.\n");
    Files.write(tmp.resolve("binary.bin"), new byte[] {0, 1, 2, (byte) 0xFF, 0, 'x'});
    Files.writeString(tmp.resolve("a-file"), "not a folder");
    Files.createDirectories(tmp.resolve("folder"));
  }

  @AfterContainer
  static void table() {
    System.setProperty("user.home", realHome);
    System.out.println("CommandLineFuzzIT exit codes (code=count): " + EXITS + "; usage errors such as "
        + String.join(" | ", SAMPLES));
    if (EXITS.values().stream().mapToInt(Integer::intValue).sum() == 150) {
      ReliabilityRows.record(CommandLineFuzzIT.class, "command line: fuzz", "150 random command lines (known and"
          + " unknown commands, options with good, bad and absent values, SQL metacharacters, NUL, 10,000-character"
          + " arguments, good, binary and missing files)", "exit 0-3; a non-zero exit prints one marsad: line, no"
          + " stack trace", "as expected");
    }
    ReliabilityRows.check(CommandLineFuzzIT.class);
  }

  @Property(tries = 150, seed = "20261205", edgeCases = net.jqwik.api.EdgeCasesMode.NONE)
  void randomCommandLine_exitsZeroToThree_withOneLineReason(@ForAll("lines") List<String> args) {
    CommandRun r = CommandRun.of(args.toArray(String[]::new));
    String what = String.join(" ", args) + "\n" + r.err();
    assertThat(r.code()).as(what).isBetween(0, 3);
    assertThat(r.err() + r.out()).as(what).doesNotContain("\tat ", "Exception in", "Caused by:");
    if (r.code() != 0) {
      assertThat(r.err().lines().filter(l -> l.startsWith("marsad:")).count()).as(what).isEqualTo(1);
    }
    EXITS.merge(r.code(), 1, Integer::sum);
    if (r.code() == 2 && SAMPLES.size() < 12) {
      SAMPLES.add(r.err().lines().filter(l -> l.startsWith("marsad:")).findFirst().orElse("")
          .substring(0, Math.min(120, r.err().lines().filter(l -> l.startsWith("marsad:")).findFirst().orElse("").length())));
    }
  }

  @Provide
  Arbitrary<List<String>> lines() {
    String t = tmp.toString();
    Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.of("' or '1'='1", "'; drop table documents; --", "%s%n",
        "\u0000", "", " ", "-", "--", "-x", "\uD83D\uDD4C", "مسجد", "a".repeat(10_000), "2024", "2024-13", "2024-02-30",
        "2023..2024", "0", "-1", "99999999999999999999", "analyst", "admin", "root", "html", "pdf", "jsonl", "xml"),
        Arbitraries.strings().all().ofMaxLength(20));
    Arbitrary<String> path = Arbitraries.of(t + "/good.txt", t + "/binary.bin", t + "/missing.txt", t + "/folder",
        t + "/a-file", t + "/a-file/under", t + "/b.zip", t + "/folder/c.zip", t + "/no/such/dir/d.zip",
        t + "/good.txt\u0000", t + "/" + "x".repeat(300));
    Arbitrary<String> url = Arbitraries.of("https://feeds.example.org/rss", "http://127.0.0.1:9/feed",
        "ftp://x/y", "not a url", "https://", "javascript:alert(1)", "http://[::1]:9/x", "file:///etc/passwd");
    Arbitrary<List<String>> option = Arbitraries.oneOf(
        Arbitraries.of("--json", "--help", "--exit", "--private", "--once", "-h", "--bogus", "-Z").map(List::of),
        Combinators.combine(Arbitraries.of("--home", "--out"), path).as(List::of),
        Combinators.combine(Arbitraries.of("--format", "--period", "--role", "--status", "--snapshot", "--threads",
            "--port", "--limit", "--data", "--split"), text).as(List::of),
        Arbitraries.of("--db-url").map(o -> List.of(o, "jdbc:postgresql://127.0.0.1:1/marsad?user=u&password=p")),
        Arbitraries.of("--db-url").map(o -> List.of(o, "mysql://h/db")),
        Combinators.combine(Arbitraries.of("--webhook", "--since"), Arbitraries.oneOf(url, text)).as(List::of));
    Arbitrary<String> positional = Arbitraries.oneOf(text, path, url);
    // mostly well-formed (a home, the command's arguments), sometimes any option: so most lines really run
    Arbitrary<List<List<String>>> options = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.of(t + "/h1", t + "/h2", t + "/a-file").map(h -> List.of(List.of("--home", h)))),
        net.jqwik.api.Tuple.of(2, option.list().ofMaxSize(2)));
    Set<String> takesArguments = Set.of("ingest", "sources add", "sources remove", "restore", "user add", "help");
    Arbitrary<List<String>> safe = Combinators.combine(Arbitraries.of(RUN), options,
        positional.list().ofMinSize(1).ofMaxSize(2), Arbitraries.integers().between(0, 4))
        .as((c, o, p, dice) -> line(c, o, c.startsWith("backup") || !takesArguments.contains(c) && dice > 0
            ? List.of() : p));
    Arbitrary<List<String>> backup = Combinators.combine(option.list().ofMaxSize(2), path.list().ofMaxSize(2))
        .as((o, p) -> line("backup", o, p)); // only paths in the temporary folder: a backup writes its file
    Arbitrary<List<String>> parseOnly = Combinators.combine(Arbitraries.of(PARSE_ONLY), option.list().ofMaxSize(3),
        positional.list().ofMaxSize(2), Arbitraries.strings().alpha().ofMinLength(3).ofMaxLength(8))
        .as((c, o, p, bogus) -> {
          List<String> l = line(c, o, p);
          l.add("--no-such-option-" + bogus);
          return l;
        });
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(7, safe), net.jqwik.api.Tuple.of(1, backup),
        net.jqwik.api.Tuple.of(2, parseOnly));
  }

  static List<String> line(String command, List<List<String>> options, List<String> positionals) {
    List<String> l = new ArrayList<>();
    if (!command.isEmpty()) {
      l.addAll(List.of(command.split(" ")));
    }
    options.forEach(l::addAll);
    l.addAll(positionals);
    if (l.contains("--out") && !(l.get(l.indexOf("--out") + 1).startsWith(tmp.toString()))) {
      l.remove(l.indexOf("--out") + 1);
      l.remove("--out");
    }
    return l;
  }
}
