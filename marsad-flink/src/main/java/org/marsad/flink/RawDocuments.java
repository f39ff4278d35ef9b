package org.marsad.flink;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.marsad.core.domain.Document;
import org.marsad.flink.format.DocumentJson;

/**
 * Puts documents on the raw topic, keyed by id, in the {@value DocumentJson#FORMAT} form: what a
 * feed reader or an ingest job does in front of the scale-out host. Thread-safe (Kafka's producer
 * is); close it once.
 */
public final class RawDocuments implements AutoCloseable {

  private final KafkaProducer<byte[], byte[]> producer;
  private final String topic;

  public RawDocuments(String bootstrapServers, String topic) {
    this.producer = new KafkaProducer<>(Map.of(
        "bootstrap.servers", bootstrapServers,
        "acks", "all",
        "linger.ms", "0",
        "enable.idempotence", "true"),
        new ByteArraySerializer(), new ByteArraySerializer());
    this.topic = topic;
  }

  /**
   * Sends {@code doc} and waits until Kafka has it.
   *
   * @return the time Kafka stamped on it, in epoch milliseconds
   */
  public long send(Document doc) {
    try {
      return producer.send(new ProducerRecord<>(topic, doc.id().getBytes(StandardCharsets.UTF_8),
          DocumentJson.write(doc).getBytes(StandardCharsets.UTF_8))).get().timestamp();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while sending " + doc.id(), e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Kafka refused document " + doc.id() + ": " + e.getCause(), e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
