package org.marsad.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Accounts, browser sessions and API tokens. Passwords are kept as Argon2id hashes; sessions and
 * tokens as the SHA-256 of their random value, so a copy of the database logs nobody in. Needs the
 * clock that dates sessions. Thread-safe.
 */
public final class Accounts {

  /** How long a browser session lasts. */
  public static final Duration SESSION_LIFE = Duration.ofHours(12);

  private static final Base64.Encoder TOKEN = Base64.getUrlEncoder().withoutPadding();

  private final Jdbi jdbi;
  private final Clock clock;
  private final PasswordHasher hasher;
  private final SecureRandom random = new SecureRandom();
  private final String dummyHash;

  Accounts(Jdbi jdbi, Clock clock, PasswordHasher hasher) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.hasher = hasher;
    this.dummyHash = hasher.hash("not a password".toCharArray());
  }

  /** A signed-in browser: who, and the token forms must echo. */
  public record Session(User user, String csrf) {}

  /** A new session's secrets, given once. */
  public record OpenedSession(String token, String csrf) {}

  /** An API token as lists show it, without its value. */
  public record TokenInfo(long id, String name, String createdAt, boolean revoked) {}

  /**
   * Creates an account.
   *
   * @throws IllegalArgumentException when the name is taken or invalid, or the password is shorter
   *     than 8 characters
   */
  public User add(String name, Role role, char[] password) {
    if (name == null || !name.matches("[A-Za-z0-9._@-]{1,64}")) {
      throw new IllegalArgumentException(
          "a user name is 1-64 letters, digits or . _ @ -: name=" + name);
    }
    if (password.length < 8) {
      throw new IllegalArgumentException("a password needs at least 8 characters");
    }
    String hash = hasher.hash(password);
    OffsetDateTime now = Timestamps.now(clock);
    return jdbi.inTransaction(h -> {
      if (h.createQuery("select count(*) from users where name = :n").bind("n", name)
          .mapTo(Integer.class).one() > 0) {
        throw new IllegalArgumentException("user " + name + " exists already");
      }
      long id = h.createQuery("insert into users (name, role, password_hash, created_at)"
              + " values (:n, :r, :p, :t) returning id")
          .bind("n", name).bind("r", role.id()).bind("p", hash).bind("t", now)
          .mapTo(Long.class).one();
      Reviews.audit(h, now, name, "user_add", null, null,
          "{\"user\": \"" + name + "\", \"role\": \"" + role.id() + "\"}");
      return new User(id, name, role);
    });
  }

  /** The account whose name and password these are; empty otherwise, in about the same time. */
  public Optional<User> authenticate(String name, char[] password) {
    record Row(User user, String hash) {}
    Optional<Row> row = jdbi.withHandle(h -> h.createQuery(
            "select id, name, role, password_hash from users where name = :n and not disabled")
        .bind("n", name == null ? "" : name)
        .map((rs, ctx) -> new Row(new User(rs.getLong(1), rs.getString(2), Role.of(rs.getString(3))),
            rs.getString(4)))
        .findOne());
    if (row.isEmpty()) {
      hasher.verify(password, dummyHash);
      return Optional.empty();
    }
    return hasher.verify(password, row.get().hash()) ? Optional.of(row.get().user()) : Optional.empty();
  }

  public Optional<User> find(String name) {
    return jdbi.withHandle(h -> h.createQuery("select id, name, role from users where name = :n")
        .bind("n", name)
        .map((rs, ctx) -> new User(rs.getLong(1), rs.getString(2), Role.of(rs.getString(3))))
        .findOne());
  }

  public OpenedSession openSession(User user) {
    String token = secret();
    String csrf = secret();
    OffsetDateTime now = Timestamps.now(clock);
    jdbi.useHandle(h -> h.createUpdate("insert into sessions (token_hash, user_id, csrf, created_at,"
            + " expires_at) values (:h, :u, :c, :t, :x)")
        .bind("h", sha256(token)).bind("u", user.id()).bind("c", csrf).bind("t", now)
        .bind("x", now.plus(SESSION_LIFE)).execute());
    return new OpenedSession(token, csrf);
  }

  /** The live session whose cookie value is {@code token}. */
  public Optional<Session> session(String token) {
    if (token == null || token.isEmpty()) {
      return Optional.empty();
    }
    return jdbi.withHandle(h -> h.createQuery("select u.id, u.name, u.role, s.csrf from sessions s"
            + " join users u on u.id = s.user_id where s.token_hash = :h and s.expires_at > :now"
            + " and not u.disabled")
        .bind("h", sha256(token)).bind("now", Timestamps.now(clock))
        .map((rs, ctx) -> new Session(new User(rs.getLong(1), rs.getString(2),
            Role.of(rs.getString(3))), rs.getString(4)))
        .findOne());
  }

  public void closeSession(String token) {
    jdbi.useHandle(h -> h.createUpdate("delete from sessions where token_hash = :h")
        .bind("h", sha256(token)).execute());
  }

  /** Creates an API token for {@code user}; its value is returned once and never stored. */
  public String addToken(User user, String name) {
    String token = "mrsd_" + secret();
    OffsetDateTime now = Timestamps.now(clock);
    jdbi.useTransaction(h -> {
      h.createUpdate("insert into api_tokens (user_id, name, token_hash, created_at)"
              + " values (:u, :n, :h, :t)")
          .bind("u", user.id()).bind("n", name).bind("h", sha256(token)).bind("t", now).execute();
      Reviews.audit(h, now, user.name(), "token_add", null, null, null);
    });
    return token;
  }

  /** Revokes one of {@code user}'s tokens; false when it has no such live token. */
  public boolean revokeToken(User user, long tokenId) {
    OffsetDateTime now = Timestamps.now(clock);
    return jdbi.inTransaction(h -> {
      int n = h.createUpdate("update api_tokens set revoked_at = :t where id = :id and user_id = :u"
              + " and revoked_at is null")
          .bind("t", now).bind("id", tokenId).bind("u", user.id()).execute();
      if (n > 0) {
        Reviews.audit(h, now, user.name(), "token_revoke", null, null, null);
      }
      return n > 0;
    });
  }

  public List<TokenInfo> tokens(User user) {
    return jdbi.withHandle(h -> h.createQuery("select id, name, created_at, revoked_at is not null"
            + " from api_tokens where user_id = :u order by id")
        .bind("u", user.id())
        .map((rs, ctx) -> new TokenInfo(rs.getLong(1), rs.getString(2),
            Timestamps.read(rs, "created_at").toString(), rs.getBoolean(4)))
        .list());
  }

  /** The account behind a live API token. */
  public Optional<User> byToken(String token) {
    if (token == null || !token.startsWith("mrsd_")) {
      return Optional.empty();
    }
    return jdbi.withHandle(h -> h.createQuery("select u.id, u.name, u.role from api_tokens t"
            + " join users u on u.id = t.user_id where t.token_hash = :h and t.revoked_at is null"
            + " and not u.disabled")
        .bind("h", sha256(token))
        .map((rs, ctx) -> new User(rs.getLong(1), rs.getString(2), Role.of(rs.getString(3))))
        .findOne());
  }

  private String secret() {
    byte[] b = new byte[32];
    random.nextBytes(b);
    return TOKEN.encodeToString(b);
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
