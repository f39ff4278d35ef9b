package org.marsad.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a file's bytes within a size bound.
 *
 * <p>A file larger than {@code maxBytes} is refused, keeping only its first {@code keepBytes} bytes (the size
 * is checked before reading, and again while reading, in case the file grows). An empty file and a file that
 * cannot be read are refused with the reason.
 *
 * <p>Needs: the two bounds. Gives: {@link Loaded}. Thread-safety: immutable.
 */
final class FileLoader {

  private final int maxBytes;
  private final int keepBytes;

  FileLoader(int maxBytes, int keepBytes) {
    if (maxBytes < 1 || maxBytes > IngestConfig.MAX_ARRAY || keepBytes < 0 || keepBytes > maxBytes) {
      throw new IllegalArgumentException(
          "need 0 <= keepBytes <= maxBytes <= MAX_ARRAY: maxBytes=" + maxBytes + ", keepBytes=" + keepBytes);
    }
    this.maxBytes = maxBytes;
    this.keepBytes = keepBytes;
  }

  /** Reads {@code file}; never throws. */
  Loaded load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      long size = Files.size(file);
      if (size > maxBytes) {
        return tooLarge("file is " + size + " bytes", in.readNBytes(keepBytes));
      }
      byte[] content = in.readNBytes(maxBytes + 1 > IngestConfig.MAX_ARRAY ? maxBytes : maxBytes + 1);
      if (content.length > maxBytes) {
        return tooLarge("file grew while read to more than " + maxBytes + " bytes",
            Arrays.copyOf(content, keepBytes));
      }
      if (content.length == 0) {
        return new Loaded.Refused("empty file (0 bytes)", content);
      }
      return new Loaded.Bytes(content);
    } catch (NoSuchFileException e) {
      return new Loaded.Refused("cannot read: no such file (or a broken link): " + e.getFile(), new byte[0]);
    } catch (AccessDeniedException e) {
      return new Loaded.Refused("cannot read: permission denied", new byte[0]);
    } catch (IOException | RuntimeException e) {
      return new Loaded.Refused("cannot read: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
          new byte[0]);
    }
  }

  private Loaded tooLarge(String size, byte[] kept) {
    return new Loaded.Refused(size + ", over the bound of " + maxBytes + " bytes; quarantine keeps only the first "
        + kept.length + " bytes", kept);
  }
}
