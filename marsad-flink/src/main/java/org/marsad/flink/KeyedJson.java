package org.marsad.flink;

import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.marsad.core.domain.Document;
import org.marsad.flink.format.DocumentJson;
import org.slf4j.Logger;

/**
 * The elements that flow between Kafka and the operators: (document id, JSON), so that messages
 * are keyed by document without parsing them again, and Flink serialises plain strings. The
 * record's timestamp is passed on, so a result keeps the time its document entered Kafka.
 */
final class KeyedJson {

  static final TypeInformation<Tuple2<String, String>> TYPE = Types.TUPLE(Types.STRING, Types.STRING);

  private KeyedJson() {}

  static Tuple2<String, String> of(String key, String json) {
    return Tuple2.of(key, json);
  }

  /**
   * The document a message holds, or null when it is not a {@link DocumentJson#FORMAT}: then it is
   * logged and counted in {@code malformed}, for the caller to drop.
   */
  static Document document(Tuple2<String, String> message, Counter malformed, Logger log) {
    try {
      return DocumentJson.read(message.f1);
    } catch (IllegalArgumentException e) {
      malformed.inc();
      log.warn("dropped a message that is not a {} (key {}): {}", DocumentJson.FORMAT, message.f0, e.getMessage());
      return null;
    }
  }

  /** Reads (key, value) as UTF-8; a message without a value (a tombstone) is skipped. */
  static final class Reader implements KafkaRecordDeserializationSchema<Tuple2<String, String>> {
    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<Tuple2<String, String>> out) {
      if (record.value() == null) {
        return;
      }
      String key = record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8);
      out.collect(Tuple2.of(key, new String(record.value(), StandardCharsets.UTF_8)));
    }

    @Override
    public TypeInformation<Tuple2<String, String>> getProducedType() {
      return TYPE;
    }
  }

  /** Writes (key, value) as UTF-8 to one topic. */
  static final class Writer implements KafkaRecordSerializationSchema<Tuple2<String, String>> {
    private final String topic;

    Writer(String topic) {
      this.topic = topic;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(Tuple2<String, String> e,
        KafkaSinkContext context, Long timestamp) {
      return new ProducerRecord<>(topic, null, timestamp, e.f0.getBytes(StandardCharsets.UTF_8),
          e.f1.getBytes(StandardCharsets.UTF_8));
    }
  }
}
