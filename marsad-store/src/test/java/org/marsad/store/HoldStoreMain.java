package org.marsad.store;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Run in a child JVM by {@link EmbeddedDatabaseIT}: opens the store in a home, stores a document,
 * prints {@code READY}, and holds the store open until killed (at most two minutes), never closing
 * it: the state a SIGKILL leaves behind.
 *
 * <p>Arguments: home directory, binaries directory, document id.
 */
final class HoldStoreMain {

  private HoldStoreMain() {}

  public static void main(String[] args) throws InterruptedException {
    Store store =
        Store.open(
            StoreConfig.embedded(Path.of(args[0])).withBinaries(Path.of(args[1])),
            Clock.systemUTC());
    store.documents().insertIfAbsent(Fixtures.document(args[2]));
    System.out.println("READY");
    System.out.flush();
    Thread.sleep(120_000);
    System.exit(3); // not reached when the test works: it kills this JVM first
  }
}
