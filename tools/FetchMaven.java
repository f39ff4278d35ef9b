import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Fetches the Apache Maven binary distribution VERSION from Maven Central, checks its SHA-512
 * against the one Central publishes, and unpacks it into DIR. Used by tools/env.sh on machines
 * with a JDK and no Maven. Usage: java tools/FetchMaven.java VERSION DIR
 */
public class FetchMaven {
  public static void main(String[] args) throws Exception {
    String version = args[0];
    Path dir = Path.of(args[1]);
    String base = "https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/" + version
        + "/apache-maven-" + version + "-bin.zip";
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    byte[] zip = get(http, base);
    String expected = new String(get(http, base + ".sha512")).trim().split("\\s+")[0];
    String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(zip));
    if (!actual.equalsIgnoreCase(expected)) {
      throw new IOException("checksum mismatch for " + base);
    }
    Files.createDirectories(dir);
    Path tmp = Files.createTempDirectory(dir, "unpack");
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        Path target = tmp.resolve(e.getName()).normalize();
        if (!target.startsWith(tmp)) {
          throw new IOException("bad entry " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
          if (target.getParent().getFileName().toString().equals("bin")) {
            target.toFile().setExecutable(true);
          }
        }
      }
    }
    Files.move(tmp.resolve("apache-maven-" + version), dir.resolve("apache-maven-" + version),
        StandardCopyOption.ATOMIC_MOVE);
    Files.delete(tmp);
    System.err.println("Maven " + version + " is in " + dir.resolve("apache-maven-" + version));
  }

  private static byte[] get(HttpClient http, String url) throws Exception {
    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      throw new IOException("HTTP " + r.statusCode() + " for " + url);
    }
    return r.body();
  }
}
