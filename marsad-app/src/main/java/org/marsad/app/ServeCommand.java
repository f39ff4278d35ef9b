package org.marsad.app;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Callable;
import org.marsad.app.search.SearchIndex;
import org.marsad.app.web.ServerConfig;
import org.marsad.app.web.WebServer;
import org.marsad.store.Store;
import org.marsad.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code marsad serve}: the analysts' workspace (web pages and JSON API) until interrupted. Brings
 * the search index up to date first, then every minute.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the analysts' workspace: web pages, the JSON API (/api/openapi.json), exports.")
final class ServeCommand implements Callable<Integer> {

  @Mixin HomeOptions home;

  @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free one).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}; serve others through a TLS proxy).")
  String host;

  @Option(names = "--private", description = "Reading also needs an account (default: reads are open).")
  boolean privateReads;

  @Option(names = "--secure-cookies", description = "Mark cookies Secure (when a TLS proxy is in front).")
  boolean secureCookies;

  @Override
  public Integer call() throws Exception {
    Clock clock = Clock.systemUTC();
    ServerConfig config = new ServerConfig(host, port, privateReads, secureCookies);
    try (Store store = home.openStore();
        Workspace workspace = Workspace.over(store, clock, 16);
        SearchIndex index = SearchIndex.open(home.home().resolve("index"))) {
      int added = index.sync(workspace.documents());
      ScheduledExecutorService sync = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "marsad-index-sync");
        t.setDaemon(true);
        return t;
      });
      sync.scheduleWithFixedDelay(() -> index.sync(workspace.documents()), 1, 1, TimeUnit.MINUTES);
      CountDownLatch stopped = new CountDownLatch(1);
      try (WebServer server = WebServer.start(config, workspace, index, clock)) {
        System.out.printf("serving %s on http://%s:%d/ (%s reads; %d document(s) newly indexed, %d in all)%n",
            store.description(), host, server.port(), privateReads ? "private" : "open", added, index.size());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          stopped.countDown();
          try {
            Thread.sleep(2000); // let the main thread close the server and the store
          } catch (InterruptedException ignored) {
            Thread.currentThread().interrupt();
          }
        }));
        stopped.await();
      } finally {
        sync.shutdownNow();
      }
    }
    return Main.OK;
  }
}
