package org.marsad.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.marsad.core.testing.MovableClock;

class LoginLimiterTest {

  @Test
  void allowed_afterMaxFailures_refusesUntilTheWindowPasses() {
    MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
    LoginLimiter limiter = new LoginLimiter(clock, 3, Duration.ofMinutes(15));
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.allowed("name:ana")).isTrue();
      limiter.failed("name:ana");
    }
    assertThat(limiter.allowed("name:ana")).isFalse();
    assertThat(limiter.allowed("name:bob")).isTrue();
    clock.advance(Duration.ofMinutes(16));
    assertThat(limiter.allowed("name:ana")).isTrue();
  }

  @Test
  void succeeded_clearsTheFailures() {
    LoginLimiter limiter = new LoginLimiter(new MovableClock(Instant.parse("2026-01-01T00:00:00Z")), 2, Duration.ofMinutes(15));
    limiter.failed("k");
    limiter.succeeded("k");
    limiter.failed("k");
    assertThat(limiter.allowed("k")).isTrue();
  }
}
