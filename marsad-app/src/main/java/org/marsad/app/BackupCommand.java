package org.marsad.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.marsad.store.Store;
import org.marsad.store.StoreBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad backup FILE}: everything the store holds, in one file that {@code marsad restore} reads. */
@Command(name = "backup", mixinStandardHelpOptions = true,
    description = "Write everything the store holds (every table) to FILE: a zip of PostgreSQL COPY data with a"
        + " manifest and checksums.")
final class BackupCommand implements Callable<Integer> {

  @Mixin HomeOptions home;

  @Option(names = "--force", description = "Replace FILE if it exists.")
  boolean force;

  @Parameters(paramLabel = "FILE", description = "The backup file to write.")
  Path file;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (Files.exists(file) && !force) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          file + " exists; use --force to replace it");
    }
    try (Store store = home.openStore()) {
      StoreBackup.Summary s = StoreBackup.backup(store, file, Clock.systemUTC());
      System.out.printf("backed up %d row(s) of %d table(s), schema version %s, to %s%n",
          s.rows(), s.tables(), s.schemaVersion(), file);
      return Main.OK;
    }
  }
}
