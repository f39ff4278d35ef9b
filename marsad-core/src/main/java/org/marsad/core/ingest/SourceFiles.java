package org.marsad.core.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Lists the files to ingest under a path: the path itself if it is a file; else every regular file below it,
 * recursively, sorted by path, skipping hidden files and directories (name starting with a dot) below the
 * root. Symbolic links to files are followed; links to directories are not (no cycles).
 *
 * <p>What cannot be listed or read as a file (a missing root, an unreadable directory, a broken link, a
 * device, a link to a directory) is returned as an entry with a problem, in its sorted place.
 *
 * <p>Needs: nothing. Gives: {@link Entry}s. Thread-safety: stateless.
 */
final class SourceFiles {

  /**
   * A file to read, or a path that cannot be read and why.
   *
   * @param path the path
   * @param problem null when the file is to be read, else a one-line reason
   */
  record Entry(Path path, String problem) {
    Entry {
      Objects.requireNonNull(path, "path");
    }
  }

  private SourceFiles() {}

  /** The entries under {@code root}, sorted by path; never throws for file-system trouble. */
  static List<Entry> under(Path root) {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return List.of(new Entry(root, "cannot read: no such file or directory"));
    }
    if (!Files.isDirectory(root)) {
      return List.of(fileEntry(root));
    }
    List<Entry> entries = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (!isHidden(file)) {
            entries.add(attrs.isRegularFile() ? new Entry(file, null) : fileEntry(file));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          if (!isHidden(file)) {
            entries.add(new Entry(file, "cannot read: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException | RuntimeException e) {
      entries.add(new Entry(root, "cannot list: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
    entries.sort(Comparator.comparing(Entry::path));
    return entries;
  }

  private static Entry fileEntry(Path file) {
    if (Files.isRegularFile(file)) {
      return new Entry(file, null);
    }
    if (Files.isSymbolicLink(file)) {
      return new Entry(file, Files.isDirectory(file)
          ? "symbolic link to a directory, not followed"
          : "cannot read: broken symbolic link or link to something that is not a file");
    }
    return new Entry(file, "not a regular file (device, pipe or socket)");
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
