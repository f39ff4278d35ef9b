package org.marsad.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.core.domain.RecordKind;
import org.marsad.flink.format.ResultJsonSamples;
import org.marsad.store.DocumentStatus;
import org.marsad.store.Store;
import org.marsad.store.StoreConfig;
import org.marsad.store.testing.TestPostgres;

/** The sink's writes on a real PostgreSQL server: storing a result again changes nothing. */
class ResultWriterIT {

  private String url;
  private Store store;
  private ResultWriter writer;

  @BeforeEach
  void open() {
    url = TestPostgres.freshDatabase("marsad_writer_it");
    store = Store.open(StoreConfig.server(url), Clock.systemUTC());
    writer = new ResultWriter(store);
  }

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
    if (url != null) {
      TestPostgres.drop(url);
    }
  }

  @Test
  void write_sameResultThreeTimes_storesOneCopy() {
    DocumentResult r = ResultJsonSamples.sample();
    for (int i = 0; i < 3; i++) {
      writer.write(r);
    }
    assertThat(store.counts().documents()).isEqualTo(1);
    assertThat(store.records().count(RecordKind.INCIDENT)).isEqualTo(1);
    assertThat(store.records().count(RecordKind.RESPONSE)).isEqualTo(1);
    assertThat(store.records().forDocument("d1")).containsExactlyElementsOf(r.records());
    assertThat(store.documents().status("d1")).contains(DocumentStatus.PROCESSED);
  }

  @Test
  void write_fewerRecordsLater_replacesThem() {
    DocumentResult r = ResultJsonSamples.sample();
    writer.write(r);
    writer.write(DocumentResult.of(r.document(), DocumentStatus.PROCESSED, r.records().subList(1, 2)));
    assertThat(store.records().forDocument("d1")).containsExactly(r.records().get(1));
  }

  @Test
  void write_failureTwice_quarantinesOnceAndMarksFailed() {
    DocumentResult failed = DocumentResult.failed(ResultJsonSamples.sample().document(), "nlp", "nlp failed: boom");
    writer.write(failed);
    writer.write(failed);
    assertThat(store.quarantine().count()).isEqualTo(1);
    assertThat(store.quarantine().list(0, 1).getFirst().item().stage()).isEqualTo("nlp");
    assertThat(store.documents().status("d1")).contains(DocumentStatus.FAILED);
    assertThat(store.records().forDocument("d1")).isEqualTo(List.of());
  }
}
