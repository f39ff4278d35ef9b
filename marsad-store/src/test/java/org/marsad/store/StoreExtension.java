package org.marsad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One embedded {@link Store} for a test class: opened with {@link TestStores#CLOCK} in a new temporary home
 * before the class's {@code @BeforeAll} methods, closed (and its home deleted) after its {@code @AfterAll}
 * methods, also when a test or the opening fails. Register it on a static field:
 * {@code @RegisterExtension static final StoreExtension stores = new StoreExtension();} and reach the store
 * with {@link #store()}. Not thread-safe: one instance serves one class's tests, run one after another.
 */
final class StoreExtension implements BeforeAllCallback, AfterAllCallback {

  private Path home;
  private Store store;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    home = Files.createTempDirectory("marsad-store-");
    store = Store.open(TestStores.embedded(home), TestStores.CLOCK);
  }

  /** The class's open store; fails if the extension is not registered on a static field. */
  Store store() {
    if (store == null) {
      throw new IllegalStateException("no store open: register StoreExtension on a static field");
    }
    return store;
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      if (store != null) {
        store.close();
      }
    } finally {
      store = null;
      if (home != null) {
        delete(home);
        home = null;
      }
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
