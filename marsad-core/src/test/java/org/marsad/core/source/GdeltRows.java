package org.marsad.core.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds GDELT 2.0 export rows and zips for tests (marsad-core's test jar; the commands' tests use it too). */
public final class GdeltRows {

  private GdeltRows() {}

  /** A row of the events export (61 columns) with an actor of {@code religion} and {@code url}. */
  public static String event(String id, String religion, String url) {
    return event(id, religion, "", url);
  }

  /** A row of the events export (61 columns) with its two actors' religion codes and {@code url}. */
  public static String event(String id, String actor1Religion, String actor2Religion, String url) {
    String[] c = new String[61];
    Arrays.fill(c, "");
    c[0] = id;
    c[1] = "20240301";
    c[10] = actor1Religion;
    c[20] = actor2Religion;
    c[26] = "180";
    c[60] = url;
    return String.join("\t", c);
  }

  /** A row of the mentions export (16 columns). */
  public static String mention(String id, String url) {
    String[] c = new String[16];
    Arrays.fill(c, "");
    c[0] = id;
    c[5] = url;
    return String.join("\t", c);
  }

  /** {@code text} zipped as one entry named {@code name}. */
  public static byte[] zip(String name, String text) throws IOException {
    return zip(name, text.getBytes(StandardCharsets.UTF_8));
  }

  public static byte[] zip(String name, byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return out.toByteArray();
  }
}
