package org.marsad.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.store.Store;
import org.marsad.store.StoreBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad restore FILE}: the store becomes what the backup holds. A backup of an older schema version is
 * brought through the migrations since. A corrupt or foreign file, or a backup of a newer or unknown schema
 * version, is refused with its reason (exit 3) and the store is left as it was; so is any failure half way (one
 * transaction).
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
    description = "Replace what the store holds with the backup FILE (all or nothing). A backup written by an"
        + " older Marsad is brought through the schema migrations since; one written by a newer Marsad is refused."
        + " Refuses a store that holds data unless --force.")
final class RestoreCommand implements Callable<Integer> {

  @Mixin HomeOptions home;

  @Option(names = "--force", description = "Replace what the store holds (otherwise the store must be empty).")
  boolean force;

  @Parameters(paramLabel = "FILE", description = "A file written by marsad backup.")
  Path file;

  @Override
  public Integer call() {
    try (Store store = home.openStore()) {
      StoreBackup.Summary s;
      try {
        s = StoreBackup.restore(store, file, force);
      } catch (IllegalArgumentException e) {
        System.err.println("marsad: restore refused, nothing changed: " + ExitReasons.oneLine(e));
        return Main.QUARANTINED;
      }
      System.out.printf("restored %d row(s) of %d table(s), schema version %s%s, from %s%n",
          s.rows(), s.tables(), s.schemaVersion(),
          s.migrated() ? " (the backup's " + s.backupVersion() + ", brought through the migrations since)" : "",
          file);
      return Main.OK;
    }
  }
}
