package org.marsad.app;

import java.nio.file.Path;
import java.time.Clock;
import org.marsad.store.Store;
import org.marsad.store.StoreConfig;
import picocli.CommandLine.Option;

/** The options every stateful command shares: where state lives and which database holds it. */
final class HomeOptions {

  @Option(names = "--home", paramLabel = "DIR",
      description = "Folder holding all state (default: $MARSAD_HOME, else ~/.marsad).")
  Path home;

  @Option(names = "--db-url", paramLabel = "JDBC_URL",
      description = "A PostgreSQL server instead of the embedded database, e.g. jdbc:postgresql://127.0.0.1:5432/marsad?user=u&password=p")
  String dbUrl;

  Path home() {
    if (home != null) {
      return home.toAbsolutePath().normalize();
    }
    String env = System.getenv("MARSAD_HOME");
    if (env != null && !env.isBlank()) {
      return Path.of(env).toAbsolutePath().normalize();
    }
    return Path.of(System.getProperty("user.home"), ".marsad");
  }

  Store openStore() {
    StoreConfig config = dbUrl == null ? StoreConfig.embedded(home()) : StoreConfig.server(dbUrl);
    return Store.open(config, Clock.systemUTC());
  }
}
