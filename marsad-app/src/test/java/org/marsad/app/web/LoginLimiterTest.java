package org.marsad.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginLimiterTest {

  static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void allowed_afterMaxFailures_refusesUntilTheWindowPasses() {
    MovableClock clock = new MovableClock();
    LoginLimiter limiter = new LoginLimiter(clock, 3, Duration.ofMinutes(15));
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.allowed("name:ana")).isTrue();
      limiter.failed("name:ana");
    }
    assertThat(limiter.allowed("name:ana")).isFalse();
    assertThat(limiter.allowed("name:bob")).isTrue();
    clock.now = clock.now.plus(Duration.ofMinutes(16));
    assertThat(limiter.allowed("name:ana")).isTrue();
  }

  @Test
  void succeeded_clearsTheFailures() {
    LoginLimiter limiter = new LoginLimiter(new MovableClock(), 2, Duration.ofMinutes(15));
    limiter.failed("k");
    limiter.succeeded("k");
    limiter.failed("k");
    assertThat(limiter.allowed("k")).isTrue();
  }
}
