package org.marsad.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.ReportEvent;

class SnapshotFilesTest {

  @TempDir Path dir;

  static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }

  @Test
  void freeze_sameContentLater_keepsIdAndFirstTime() throws Exception {
    List<ReportEvent> events = new SyntheticEvents(1).generate(50, 2023);
    Snapshot first = new SnapshotFiles(dir, at("2026-01-01T00:00:00Z")).freeze(events, Period.parse("2023"), true);
    Snapshot again = new SnapshotFiles(dir, at("2026-02-01T00:00:00Z")).freeze(events, Period.parse("2023"), true);

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.takenAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
  }

  @Test
  void freeze_otherContentOrStatus_givesAnotherId() throws Exception {
    SnapshotFiles files = new SnapshotFiles(dir, at("2026-01-01T00:00:00Z"));
    List<ReportEvent> events = new SyntheticEvents(1).generate(50, 2023);
    String id = files.freeze(events, Period.parse("2023"), true).id();

    assertThat(files.freeze(events.subList(1, events.size()), Period.parse("2023"), true).id()).isNotEqualTo(id);
    assertThat(files.freeze(events, Period.parse("2023"), false).id()).isNotEqualTo(id);
  }

  @Test
  void read_frozenSnapshot_givesTheSameEvents() throws Exception {
    SnapshotFiles files = new SnapshotFiles(dir, at("2026-01-01T00:00:00Z"));
    List<ReportEvent> events = new SyntheticEvents(2).generate(40, 2023);
    Snapshot frozen = files.freeze(events, Period.parse("2023-07"), false);

    Snapshot read = files.read(frozen.id());

    assertThat(read).isEqualTo(frozen);
    assertThat(read.events()).isEqualTo(events);
  }
}
