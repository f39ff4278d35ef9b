package org.marsad.core.source;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads one GDELT 2.0 export file, plain ({@code .CSV}) or zipped ({@code .CSV.zip}, recognised by
 * its first bytes), into its leads: an events export gives its lead events' URLs, a mentions export
 * (its name says {@code mentions}) the URLs mentioning events already known to be leads. A zip's
 * first entry is read, streamed, and refused once more than {@code maxInflated} bytes come out of it
 * (a zip bomb costs that much at most). A file that cannot be read at all (truncated zip, no entry,
 * too large) fails with an {@link IOException} whose message is one line; then none of its rows
 * count. Stateless and thread-safe.
 */
public final class GdeltExport {

  /**
   * Decompressed bytes read from one zipped export at most in {@code watch}: 32 MiB, room for a
   * 15-minute events export (a few MB) and its mentions export (larger), while a bomb costs a
   * fraction of a second. Inflation is streamed, so the cap bounds time, not memory.
   */
  public static final long DEFAULT_MAX_INFLATED = 32L * 1024 * 1024;

  private GdeltExport() {}

  /** Whether the file named {@code name} is a mentions export (else it is read as an events export). */
  public static boolean isMentions(String name) {
    return name.toLowerCase(Locale.ROOT).contains("mentions");
  }

  /**
   * The leads of the export named {@code name} read from {@code in}: for an events export, the events
   * {@code leads} takes (by its religion codes); for a mentions export, those mentioning {@code leadEvents}.
   */
  public static GdeltLeads.Leads read(String name, InputStream in, long maxInflated, GdeltLeads leads,
      Set<String> leadEvents) throws IOException {
    try (Reader text = text(in, maxInflated)) {
      return isMentions(name) ? GdeltLeads.mentions(text, leadEvents) : leads.events(text);
    } catch (IOException e) {
      throw new IOException(name + ": " + oneLine(e), e);
    }
  }

  /** The export's text: the first entry of a zip, else the bytes themselves; UTF-8, bad bytes replaced. */
  static Reader text(InputStream raw, long maxInflated) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw);
    in.mark(4);
    byte[] magic = in.readNBytes(4);
    in.reset();
    if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
      ZipInputStream zip = new ZipInputStream(in);
      ZipEntry entry = zip.getNextEntry();
      if (entry == null) {
        throw new IOException("a zip without an entry");
      }
      return new InputStreamReader(new Capped(zip, maxInflated), StandardCharsets.UTF_8);
    }
    if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
      throw new IOException("gzip is not a GDELT export format (expected .CSV or .CSV.zip)");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  private static String oneLine(IOException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof java.io.EOFException) {
      m = "truncated (" + m + ")";
    }
    return m.replaceAll("\\s+", " ").strip();
  }

  /** Fails once more than {@code max} bytes were read. */
  private static final class Capped extends FilterInputStream {
    private final long max;
    private long read;

    Capped(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws IOException {
      read += n;
      if (read > max) {
        throw new IOException("inflates to more than " + max + " bytes; refused as a possible zip bomb");
      }
    }
  }
}
