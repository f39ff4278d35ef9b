package org.marsad.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Reads and edits backup files for the backup tests: each table's rows, a store's content as a snapshot, a copy
 * with entries changed (checksums left stale, or recomputed so that only the data is wrong). Stateless.
 */
final class BackupFileEdits {

  /** Changes an entry's bytes, or drops it (null). */
  interface Edit {
    byte[] apply(String name, byte[] bytes);
  }

  private BackupFileEdits() {}

  /** Each table's rows, sorted, as COPY text. */
  static Map<String, List<String>> tables(Path backup) throws IOException {
    Map<String, List<String>> tables = new TreeMap<>();
    try (ZipFile zip = new ZipFile(backup.toFile())) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        if (e.getName().startsWith("tables/")) {
          try (InputStream in = zip.getInputStream(e)) {
            tables.put(e.getName().substring(7, e.getName().length() - 5),
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().sorted().toList());
          }
        }
      }
    }
    return tables;
  }

  /** What {@code store} holds, per table, by way of a backup written in {@code dir}. */
  static Map<String, String> snapshot(Store store, Path dir) throws IOException {
    Path file = Files.createTempFile(dir, "snap", ".zip");
    StoreBackup.backup(store, file, TestStores.CLOCK);
    Map<String, String> out = new TreeMap<>();
    tables(file).forEach((k, v) -> out.put(k, String.join("\n", v)));
    return out;
  }

  /** A copy of {@code from} named {@code to}, each entry through {@code edit}. */
  static Path rewrite(Path from, Path to, Edit edit) throws IOException {
    try (ZipFile zip = new ZipFile(from.toFile()); OutputStream out = Files.newOutputStream(to);
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        byte[] bytes;
        try (InputStream in = zip.getInputStream(e)) {
          bytes = edit.apply(e.getName(), in.readAllBytes());
        }
        if (bytes != null) {
          z.putNextEntry(new ZipEntry(e.getName()));
          z.write(bytes);
          z.closeEntry();
        }
      }
    }
    return to;
  }

  /** A copy of {@code from} with {@code entry} edited and a manifest whose rows, sizes and checksums fit the edit. */
  static Path rewriteWithChecksums(Path from, Path to, String entry, UnaryOperator<byte[]> edit)
      throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    Path edited = rewrite(from, to.resolveSibling(to.getFileName() + ".edited.zip"), (n, b) -> {
      byte[] out = n.equals(entry) ? edit.apply(b) : b;
      entries.put(n, out);
      return out;
    });
    BackupManifest m = BackupManifest.parse(entries.get(BackupManifest.ENTRY));
    List<BackupManifest.TableEntry> fixed = new ArrayList<>();
    for (BackupManifest.TableEntry t : m.tables()) {
      byte[] data = entries.get(t.entryName());
      long rows = new String(data, StandardCharsets.UTF_8).lines().count(); // COPY text: one line a row
      fixed.add(new BackupManifest.TableEntry(t.name(), t.columns(), rows, data.length, sha256(data)));
    }
    byte[] manifest = new BackupManifest(m.schemaVersion(), m.createdAt(), fixed).toJson();
    return rewrite(edited, to, (n, b) -> n.equals(BackupManifest.ENTRY) ? manifest : b);
  }

  /** A copy of {@code from} whose manifest's text has {@code regex} replaced (checksums of the data still fit). */
  static Path rewriteManifest(Path from, Path to, String regex, String replacement) throws IOException {
    return rewrite(from, to, (name, bytes) -> name.equals(BackupManifest.ENTRY)
        ? new String(bytes, StandardCharsets.UTF_8).replaceFirst(regex, replacement).getBytes(StandardCharsets.UTF_8)
        : bytes);
  }

  private static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
