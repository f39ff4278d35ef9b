package org.marsad.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}, OWASP's minimum), and their verification in
 * constant time. Thread-safe.
 */
final class PasswordHasher {

  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  private final int memoryKb;
  private final int iterations;
  private final SecureRandom random = new SecureRandom();

  PasswordHasher(int memoryKb, int iterations) {
    this.memoryKb = memoryKb;
    this.iterations = iterations;
  }

  static PasswordHasher standard() {
    return new PasswordHasher(19456, 2);
  }

  String hash(char[] password) {
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    byte[] out = derive(password, salt, memoryKb, iterations, 1, 32);
    return "$argon2id$v=19$m=" + memoryKb + ",t=" + iterations + ",p=1$" + B64.encodeToString(salt)
        + "$" + B64.encodeToString(out);
  }

  boolean verify(char[] password, String phc) {
    String[] parts = phc.split("\\$");
    if (parts.length != 6 || !parts[1].equals("argon2id")) {
      return false;
    }
    int m = 0;
    int t = 0;
    int p = 0;
    for (String kv : parts[3].split(",")) {
      String[] x = kv.split("=");
      switch (x[0]) {
        case "m" -> m = Integer.parseInt(x[1]);
        case "t" -> t = Integer.parseInt(x[1]);
        case "p" -> p = Integer.parseInt(x[1]);
        default -> { return false; }
      }
    }
    byte[] expected = B64D.decode(parts[5]);
    byte[] actual = derive(password, B64D.decode(parts[4]), m, t, p, expected.length);
    return MessageDigest.isEqual(expected, actual);
  }

  private static byte[] derive(char[] password, byte[] salt, int m, int t, int p, int length) {
    Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
        .withVersion(Argon2Parameters.ARGON2_VERSION_13)
        .withSalt(salt).withMemoryAsKB(m).withIterations(t).withParallelism(p).build();
    Argon2BytesGenerator gen = new Argon2BytesGenerator();
    gen.init(params);
    byte[] out = new byte[length];
    gen.generateBytes(new String(password).getBytes(StandardCharsets.UTF_8), out);
    return out;
  }
}
