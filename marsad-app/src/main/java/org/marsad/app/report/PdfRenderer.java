package org.marsad.app.report;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Prints the report's HTML to PDF with openhtmltopdf (PDFBox): DejaVu Sans embedded (subset) for
 * text and for the SVG charts and map, ICU bidi and Arabic shaping so that Arabic names read
 * correctly, A4 pages from the style sheet. The PDF's dates and file id come from the snapshot, so
 * the same HTML and time give the same bytes. Thread-safe: every call has its own renderer.
 */
final class PdfRenderer {

  static final String FAMILY = "DejaVu Sans";

  private PdfRenderer() {}

  static void render(String html, String title, Instant time, OutputStream out) throws IOException {
    org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse(html));
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withW3cDocument(dom, "about:blank");
    // the variant with use cases does not register a document font in 1.1.31: keep the plain one
    builder.useFont(Fonts.REGULAR, FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
    builder.useFont(Fonts.BOLD, FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
    builder.useFont(Fonts.REGULAR, FAMILY, 400, BaseRendererBuilder.FontStyle.ITALIC, true);
    java.util.Set<BaseRendererBuilder.FSFontUseCase> forSvg = java.util.EnumSet.of(BaseRendererBuilder.FSFontUseCase.SVG);
    builder.useFont(Fonts.REGULAR, FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true, forSvg);
    builder.useFont(Fonts.BOLD, FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true, forSvg);
    BatikSVGDrawer svg = new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
        BatikSVGDrawer.SvgExternalResourceMode.SECURE);
    builder.useSVGDrawer(svg);
    builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
    builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
    builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
    builder.withProducer("Marsad");
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.layout();
      renderer.createPDFWithoutClosing();
      PDDocument pdf = renderer.getPdfDocument();
      Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      when.setTimeInMillis(time.toEpochMilli());
      PDDocumentInformation info = pdf.getDocumentInformation();
      info.setTitle(title);
      info.setCreator("Marsad");
      info.setProducer("Marsad (openhtmltopdf, PDFBox)");
      info.setCreationDate(when);
      info.setModificationDate(when);
      byte[] id = digest(html + "\n" + time);
      COSArray ids = new COSArray();
      ids.add(new COSString(id));
      ids.add(new COSString(id));
      pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
      pdf.save(out);
    }
  }

  private static byte[] digest(String s) {
    try {
      byte[] full = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return java.util.Arrays.copyOf(full, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  /** The committed DejaVu Sans files, copied once per JVM to temporary files (Batik reads fonts from files). */
  private static final class Fonts {
    static final File REGULAR = copy("DejaVuSans.ttf");
    static final File BOLD = copy("DejaVuSans-Bold.ttf");

    private static File copy(String name) {
      try (InputStream in = PdfRenderer.class.getResourceAsStream("fonts/" + name)) {
        if (in == null) {
          throw new IllegalStateException("font missing from the jar: fonts/" + name);
        }
        Path file = Files.createTempFile("marsad-", "-" + name);
        file.toFile().deleteOnExit();
        Files.write(file, in.readAllBytes());
        return file.toFile();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
