package org.marsad.app;

import java.net.URI;
import java.util.concurrent.Callable;
import org.marsad.core.source.OneLine;
import org.marsad.core.source.SecretUrls;
import org.marsad.core.source.SourceState;
import org.marsad.core.source.StorableUrl;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad sources add|list|remove}: the RSS and Atom feeds, and the GDELT exports, that
 * {@code watch} polls.
 */
@Command(name = "sources", mixinStandardHelpOptions = true,
    description = "The RSS and Atom feeds, and GDELT exports, that watch polls.",
    subcommands = {SourcesCommand.Add.class, SourcesCommand.ListSources.class, SourcesCommand.Remove.class})
final class SourcesCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (add, list, remove)");
  }

  /** The URL as stored: absolute http or https, one the database can index ({@link StorableUrl}), else a usage error. */
  static String normalise(String url) {
    java.util.Optional<String> unstorable = StorableUrl.problem(url.trim());
    if (unstorable.isPresent()) {
      throw new IllegalArgumentException("a URL that cannot be watched (" + unstorable.get() + "): "
          + OneLine.of(StorableUrl.shortened(url)));
    }
    URI uri;
    try {
      uri = URI.create(url.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a URL: " + OneLine.of(url));
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new IllegalArgumentException("a feed needs an absolute http or https URL: " + url);
    }
    return uri.normalize().toString();
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Watch a feed, or with --gdelt a GDELT export.")
  static final class Add implements Callable<Integer> {
    @Mixin HomeOptions home;

    @Option(names = "--gdelt", description = "The URLs are GDELT 2.0 lastupdate.txt files or export files: "
        + "watch queues the article URLs of their events with an actor of the typology pack's CAMEO religion "
        + "codes (default pack: the Muslim ones) and fetches them.")
    boolean gdelt;

    @Parameters(arity = "1..*", paramLabel = "URL") java.util.List<String> urls;

    @Override
    public Integer call() {
      java.util.List<String> normal;
      try {
        normal = urls.stream().map(SourcesCommand::normalise).toList();
      } catch (IllegalArgumentException e) {
        System.err.println("marsad: " + SecretUrls.redact(e.getMessage()));
        return Main.USAGE;
      }
      try (Store store = home.openStore()) {
        for (String url : normal) {
          boolean added = store.sources().add(url, gdelt ? SourceState.GDELT : SourceState.FEED);
          System.out.println((added ? "added " : "already watched ") + SecretUrls.redact(url));
        }
      }
      return Main.OK;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "The sources watched, with their state and kind (feed or gdelt).")
  static final class ListSources implements Callable<Integer> {
    @Mixin HomeOptions home;

    @Override
    public Integer call() {
      try (Store store = home.openStore()) {
        for (SourceState s : store.sources().list()) {
          System.out.printf("%s\tlast=%s\tfailures=%d\tnext=%s\tkind=%s%n", SecretUrls.redact(s.url()),
              s.lastStatus().isEmpty() ? "-" : SecretUrls.redact(s.lastStatus()),
              s.failures(), s.nextPollAt() == null ? "now" : s.nextPollAt().toString(), s.kind());
        }
      }
      return Main.OK;
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Stop watching a feed.")
  static final class Remove implements Callable<Integer> {
    @Mixin HomeOptions home;

    @Parameters(arity = "1..*", paramLabel = "URL") java.util.List<String> urls;

    @Override
    public Integer call() {
      int missing = 0;
      try (Store store = home.openStore()) {
        for (String url : urls) {
          String normal = normalise(url);
          if (store.sources().remove(normal)) {
            System.out.println("removed " + SecretUrls.redact(normal));
          } else {
            System.err.println("not watched: " + SecretUrls.redact(normal));
            missing++;
          }
        }
      }
      if (missing > 0) {
        System.err.println("marsad: " + missing + " of the " + urls.size() + " URL(s) given are not watched");
        return Main.FAILURE;
      }
      return Main.OK;
    }
  }
}
