package org.marsad.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Backs a store up to one file and restores it, with no {@code pg_dump} (zonky's embedded binaries ship none):
 * every table of the schema ({@link StoreTables}, so tables added by later migrations are included) is copied
 * out with PostgreSQL's COPY through the JDBC driver into a zip, beside a versioned {@link BackupManifest} with
 * each table's columns, rows and SHA-256.
 *
 * <p>A backup reads one consistent snapshot (a repeatable-read, read-only transaction) and is written to a
 * temporary file moved into place at the end, so an interrupted backup never leaves a partial file under the
 * name asked for. A restore first checks the whole file (format, version, schema version, tables and columns,
 * checksums) and refuses a foreign or corrupt file with a one-line reason before touching the store; then, in one
 * transaction, it empties every table and copies the data in, verifying row counts and checksums again, and
 * moves identity sequences past the restored ids ({@link RestoreSteps}). Any failure rolls everything back: never
 * a half restore. The transaction sets {@code marsad.restore = 'on'} (for it alone), which the append-only audit
 * log's triggers (migration V6) let replace the log. A backup of an older schema version is first brought
 * through the later migrations in a scratch schema ({@link OlderBackupRestore}); one of a newer or unknown
 * version is refused.
 *
 * <p>Needs: an open {@link Store}. Gives: {@link Summary}. Thread-safety: stateless; a restore locks the tables
 * it replaces.
 */
public final class StoreBackup {

  /**
   * What a backup or restore covered.
   *
   * @param schemaVersion the schema version of the data (after a restore, the store's)
   * @param backupVersion the schema version the backup was written at: older than {@code schemaVersion} when a
   *     restore brought its data through the later migrations, else the same
   * @param tables how many tables
   * @param rows how many rows in all
   */
  public record Summary(String schemaVersion, String backupVersion, int tables, long rows) {

    /** A backup, or a restore of a backup of the store's own version. */
    public Summary(String schemaVersion, int tables, long rows) {
      this(schemaVersion, schemaVersion, tables, rows);
    }

    /** Whether a restore brought an older backup's data through later migrations. */
    public boolean migrated() {
      return !schemaVersion.equals(backupVersion);
    }
  }

  private StoreBackup() {}

  /**
   * Writes everything {@code store} holds to {@code file} (replacing it, atomically).
   *
   * @throws IllegalStateException when the database or the file cannot be read or written; the message says why
   */
  public static Summary backup(Store store, Path file, Clock clock) {
    Objects.requireNonNull(file, "file");
    Path absolute = file.toAbsolutePath();
    Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".partial");
    if (!Files.isDirectory(absolute.getParent())) {
      throw new IllegalStateException("backup to " + file + " failed: the folder " + absolute.getParent()
          + " does not exist");
    }
    try (Connection c = store.database().dataSource().getConnection()) {
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      c.setReadOnly(true);
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      String schema = StoreTables.schemaVersion(c).orElse("");
      List<BackupManifest.TableEntry> entries = new ArrayList<>();
      try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temp))) {
        for (StoreTables.Table t : StoreTables.list(c)) {
          BackupManifest.TableEntry skeleton = new BackupManifest.TableEntry(t.name(), t.columns(), 0, 0, "0".repeat(64));
          zip.putNextEntry(new ZipEntry(skeleton.entryName()));
          MessageDigest sha = sha256();
          CountingStream counted = new CountingStream(new DigestOutputStream(NonClosing.of(zip), sha));
          long rows = copy.copyOut("COPY " + StoreTables.quote(t.name()) + " (" + t.quotedColumns() + ") TO STDOUT",
              counted);
          counted.flush();
          zip.closeEntry();
          entries.add(new BackupManifest.TableEntry(t.name(), t.columns(), rows, counted.count,
              HexFormat.of().formatHex(sha.digest())));
        }
        BackupManifest manifest = new BackupManifest(schema, clock.instant().toString(), entries);
        zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
        zip.write(manifest.toJson());
        zip.closeEntry();
      }
      c.rollback();
      Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return new Summary(schema, entries.size(), entries.stream().mapToLong(BackupManifest.TableEntry::rows).sum());
    } catch (SQLException | IOException e) {
      deleteQuietly(temp);
      throw new IllegalStateException("backup to " + file + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * Replaces everything {@code store} holds with the content of the backup {@code file}. A backup of an older
   * schema version (one this store went through) is brought through the later migrations first
   * ({@link OlderBackupRestore}); one of a newer or unknown version is refused.
   *
   * @param replace false to refuse when the store holds anything (the safe default for people)
   * @throws IllegalArgumentException when the file is not a Marsad backup, is corrupt, is of a newer or unknown
   *     schema version, does not fit its schema version's tables, or the store is not empty and {@code replace} is
   *     false; nothing was changed
   * @throws IllegalStateException when the database fails, or a migration fails on an older backup's data;
   *     nothing was changed (rolled back)
   */
  public static Summary restore(Store store, Path file, boolean replace) {
    Objects.requireNonNull(file, "file");
    DataSource dataSource = store.database().dataSource();
    try (ZipFile zip = open(file); Connection c = dataSource.getConnection()) {
      BackupManifest manifest = manifest(zip);
      String schema = StoreTables.schemaVersion(c).orElse("");
      boolean older = !manifest.schemaVersion().equals(schema);
      if (older) {
        requireOlder(manifest.schemaVersion(), schema, StoreTables.appliedVersions(c));
      } else {
        RestoreSteps.requireSameTables(manifest, StoreTables.list(c), "this store's", "store");
      }
      for (BackupManifest.TableEntry t : manifest.tables()) {
        verify(zip, t);
      }
      return older
          ? OlderBackupRestore.restore(dataSource, c, zip, manifest, replace)
          : restoreSameVersion(c, zip, manifest, schema, replace);
    } catch (ZipException e) {
      throw new IllegalArgumentException("corrupt backup or not a backup: " + file + ": " + e.getMessage(), e);
    } catch (SQLException e) {
      throw new IllegalStateException("restore from " + file + " failed, nothing was changed: "
          + e.getMessage().replaceAll("\\s+", " "), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the backup " + file + ": " + e.getMessage(), e);
    }
  }

  /** Refuses a backup version this store never had: a newer one, or one no migration of ours makes. */
  private static void requireOlder(String backup, String store, Set<String> applied) {
    if (applied.contains(backup)) {
      return;
    }
    boolean newer = backup.matches("\\d+(\\.\\d+)*") && store.matches("\\d+(\\.\\d+)*")
        && MigrationVersion.fromVersion(backup).compareTo(MigrationVersion.fromVersion(store)) > 0;
    throw new IllegalArgumentException("the backup is of schema version " + backup + " and this store is at version "
        + store + (newer
            ? ", which is older: a newer Marsad wrote it; restore it with that Marsad or a later one"
            : "; no Marsad schema has version " + backup + " (this store's versions: "
                + String.join(", ", applied) + ")"));
  }

  /** The store's schema is the backup's: its tables are emptied and the backup copied straight in. */
  private static Summary restoreSameVersion(Connection c, ZipFile zip, BackupManifest manifest, String schema,
      boolean replace) throws SQLException, IOException {
    List<StoreTables.Table> tables = StoreTables.list(c);
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      if (!replace) {
        RestoreSteps.requireEmpty(s, tables);
      }
      RestoreSteps.empty(s, tables);
      long rows = RestoreSteps.copyIn(c, zip, manifest, tables); // parents first
      c.commit();
      return new Summary(schema, tables.size(), rows);
    } catch (RuntimeException | SQLException | IOException e) {
      c.rollback();
      throw e;
    }
  }

  private static ZipFile open(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no backup file at " + file);
    }
    try {
      return new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw new IllegalArgumentException("not a Marsad backup: " + file + " is not a zip file");
    }
  }

  private static BackupManifest manifest(ZipFile zip) throws IOException {
    ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
    if (entry == null) {
      throw new IllegalArgumentException("not a Marsad backup: no " + BackupManifest.ENTRY + " in the zip");
    }
    try (InputStream in = zip.getInputStream(entry)) {
      return BackupManifest.parse(in.readNBytes(1 << 20));
    }
  }

  private static void verify(ZipFile zip, BackupManifest.TableEntry t) throws IOException {
    ZipEntry entry = zip.getEntry(t.entryName());
    if (entry == null) {
      throw new IllegalArgumentException("corrupt backup: no data for table " + t.name());
    }
    MessageDigest sha = sha256();
    long bytes = 0;
    try (InputStream in = new DigestInputStream(zip.getInputStream(entry), sha)) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        bytes += n;
      }
    }
    if (bytes != t.bytes() || !HexFormat.of().formatHex(sha.digest()).equals(t.sha256())) {
      throw new IllegalArgumentException("corrupt backup: the data of table " + t.name()
          + " does not match its checksum in the manifest");
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256 in this JVM", e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // the backup already failed; that is the error to report
    }
  }

  /** Counts the bytes written through it. */
  private static final class CountingStream extends java.io.FilterOutputStream {
    long count;

    CountingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }

  /** Keeps the copy API from closing the zip stream under it. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    private NonClosing(OutputStream out) {
      super(out);
    }

    static OutputStream of(OutputStream out) {
      return new NonClosing(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

}
