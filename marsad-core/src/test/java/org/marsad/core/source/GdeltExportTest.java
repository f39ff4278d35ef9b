package org.marsad.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.marsad.core.testing.ReliabilityRows;

class GdeltExportTest {

  private static final String EXPORT = String.join("\n",
      GdeltRows.event("1", "MOS", "https://news.example/mosque-attack"),
      GdeltRows.event("2", "CHR", "https://news.example/church"),
      GdeltRows.event("3", "SHI", "https://news.example/shia"));

  private static GdeltLeads.Leads read(String name, byte[] bytes, long max) throws IOException {
    return GdeltExport.read(name, new ByteArrayInputStream(bytes), max, GdeltLeads.defaults(), Set.of());
  }

  @Test
  void read_plainAndZippedExport_giveTheSameLeads() throws Exception {
    GdeltLeads.Leads plain = read("20240301.export.CSV", EXPORT.getBytes(StandardCharsets.UTF_8), 1_000_000);
    GdeltLeads.Leads zipped = read("20240301.export.CSV.zip", GdeltRows.zip("20240301.export.CSV", EXPORT),
        1_000_000);
    assertThat(plain.urls()).containsExactly("https://news.example/mosque-attack", "https://news.example/shia");
    assertThat(zipped).isEqualTo(plain);
  }

  @Test
  void read_mentionsExport_keepsMentionsOfLeadEvents() throws Exception {
    String mentions = String.join("\n", GdeltRows.mention("1", "https://other.example/a"),
        GdeltRows.mention("2", "https://other.example/b"));
    GdeltLeads.Leads leads = GdeltExport.read("20240301.mentions.CSV.zip",
        new ByteArrayInputStream(GdeltRows.zip("m.CSV", mentions)), 1_000_000, GdeltLeads.defaults(), Set.of("1"));
    assertThat(leads.urls()).containsExactly("https://other.example/a");
  }

  @Test
  void read_truncatedZip_failsWithOneLine() throws Exception {
    byte[] zip = GdeltRows.zip("x.export.CSV", EXPORT.repeat(50));
    byte[] truncated = Arrays.copyOf(zip, zip.length / 2);
    assertThatThrownBy(() -> read("x.export.CSV.zip", truncated, 1_000_000))
        .isInstanceOf(IOException.class).hasMessageStartingWith("x.export.CSV.zip: ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    row("truncated zip (first half of a zipped export)", "one-line error, no row of it counted",
        "IOException: " + message(() -> read("x.export.CSV.zip", truncated, 1_000_000)));
  }

  @Test
  void read_zipBomb_refusedAtTheCap() throws Exception {
    byte[] bomb = GdeltRows.zip("bomb.export.CSV", new byte[100 * 1024 * 1024]);
    assertThat(bomb.length).isLessThan(200_000);
    assertThatThrownBy(() -> read("bomb.export.CSV.zip", bomb, GdeltExport.DEFAULT_MAX_INFLATED))
        .hasMessageContaining("zip bomb");
    row("zip bomb (100 MiB of zeros in a " + bomb.length / 1024 + " KiB zip)",
        "refused once 32 MiB are inflated", "IOException: "
            + message(() -> read("bomb.export.CSV.zip", bomb, GdeltExport.DEFAULT_MAX_INFLATED)));
  }

  @Test
  void read_emptyZipAndGzip_refused() throws Exception {
    byte[] empty = {'P', 'K', 3, 4, 0, 0};
    assertThatThrownBy(() -> read("e.export.CSV.zip", empty, 1000)).isInstanceOf(IOException.class);
    row("zip with no readable entry", "one-line error", "IOException: " + message(() -> read("e.export.CSV.zip",
        empty, 1000)));
    byte[] gzip = {0x1f, (byte) 0x8b, 8, 0};
    assertThatThrownBy(() -> read("g.export.CSV.gz", gzip, 1000)).hasMessageContaining("gzip");
    row("gzip file given as an export", "one-line error", "IOException: " + message(() -> read("g.export.CSV.gz",
        gzip, 1000)));
  }

  @Test
  void read_garbageRows_skippedAndCounted() throws Exception {
    byte[] garbage = new byte[20_000];
    new Random(7).nextBytes(garbage);
    String mixed = EXPORT + "\nnot,a,gdelt,row\n" + "x" + "\t".repeat(70) + "\n"
        + new String(garbage, StandardCharsets.ISO_8859_1);
    GdeltLeads.Leads leads = read("mixed.export.CSV", mixed.getBytes(StandardCharsets.ISO_8859_1), 1_000_000);
    assertThat(leads.urls()).containsExactly("https://news.example/mosque-attack", "https://news.example/shia");
    assertThat(leads.skipped()).isGreaterThan(1);
    assertThat(leads.rows()).as("the 3 good rows kept; the tab row's id x is not a number")
        .isEqualTo(leads.skipped() + 3);
    row("garbage rows (comma-separated text, random bytes) among good rows", "skipped and counted; good rows kept",
        "2 leads kept, short rows counted as skipped");
  }

  @Test
  void read_zipOfOneHugeLineOfTabs_skippedWithoutHoldingIt() throws Exception {
    byte[] zip = zipOfTabs(32 * 1024 * 1024);
    assertThat(zip.length).isLessThan(200_000);
    long before = allocatedBytes();
    GdeltLeads.Leads leads = read("tabs.export.CSV.zip", zip, GdeltExport.DEFAULT_MAX_INFLATED);
    long allocated = allocatedBytes() - before;
    assertThat(leads.rows()).isEqualTo(1);
    assertThat(leads.skipped()).isEqualTo(1);
    if (before >= 0) {
      assertThat(allocated).as("bytes allocated reading the line").isLessThan(16L * 1024 * 1024);
    }
    row("zip of one 32 MiB line of tabs (" + zip.length / 1024 + " KiB zipped)",
        "the line skipped and counted without being held", leads.rows() + " row, " + leads.skipped() + " skipped");
  }

  /** A zip whose one entry is {@code size} tabs, written in chunks. */
  private static byte[] zipOfTabs(int size) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("tabs.export.CSV"));
      byte[] chunk = new byte[64 * 1024];
      Arrays.fill(chunk, (byte) '\t');
      for (int n = 0; n < size; n += chunk.length) {
        zip.write(chunk);
      }
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  /** Bytes this thread allocated so far, -1 when the JVM does not tell. */
  private static long allocatedBytes() {
    if (java.lang.management.ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
        && t.isThreadAllocatedMemorySupported() && t.isThreadAllocatedMemoryEnabled()) {
      return t.getCurrentThreadAllocatedBytes();
    }
    return -1;
  }

  private interface Failing {
    Object run() throws Exception;
  }

  private static String message(Failing f) {
    try {
      f.run();
      return "no error";
    } catch (Exception e) {
      return e.getMessage();
    }
  }

  private static void row(String fault, String expected, String result) {
    ReliabilityRows.record(GdeltExportTest.class, "sources: GDELT export", fault, expected, result);
  }

  @AfterAll
  static void table() {
    ReliabilityRows.check(GdeltExportTest.class);
  }
}
