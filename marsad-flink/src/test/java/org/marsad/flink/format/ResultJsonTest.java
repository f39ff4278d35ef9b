package org.marsad.flink.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.marsad.flink.DocumentResult;

class ResultJsonTest {

  @Test
  void write_sample_matchesTheGoldenFile() throws IOException {
    ObjectMapper m = new ObjectMapper();
    assertThat(m.readTree(ResultJson.write(ResultJsonSamples.sample()))).isEqualTo(m.readTree(golden()));
  }

  @Test
  void read_goldenFile_givesTheSample() throws IOException {
    assertThat(ResultJson.read(golden())).isEqualTo(ResultJsonSamples.sample());
  }

  @Test
  void read_failedResult_roundTrips() {
    DocumentResult failed = DocumentResult.failed(ResultJsonSamples.sample().document(), "nlp", "nlp failed: out of memory");
    assertThat(ResultJson.read(ResultJson.write(failed))).isEqualTo(failed);
  }

  @Test
  void read_recordOfAnotherDocument_fails() {
    String json = ResultJson.write(ResultJsonSamples.sample()).replaceFirst("\"document_id\":\"d1\"", "\"document_id\":\"d2\"");
    assertThatThrownBy(() -> ResultJson.read(json)).hasMessageContaining("document_id=d2");
  }

  @Test
  void read_unknownStatus_failsWithIt() {
    String json = ResultJson.write(ResultJsonSamples.sample()).replace("\"status\":\"processed\"", "\"status\":\"done\"");
    assertThatThrownBy(() -> ResultJson.read(json)).hasMessageContaining("status=done");
  }

  @Test
  void read_documentFormatInsteadOfResult_fails() {
    String json = DocumentJson.write(ResultJsonSamples.sample().document());
    assertThatThrownBy(() -> ResultJson.read(json)).hasMessageContaining(ResultJson.FORMAT);
  }

  private static String golden() throws IOException {
    try (InputStream in = ResultJsonTest.class.getResourceAsStream("marsad-result-1.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
