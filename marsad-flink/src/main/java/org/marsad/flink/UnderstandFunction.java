package org.marsad.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.marsad.core.domain.Document;
import org.marsad.flink.format.ResultJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The expensive half: runs the whole standard pipeline (CoreNLP, geocoding, extraction) on a
 * document the cascade let through and emits its result, records or failure. CoreNLP is loaded once
 * per JVM, by the first instance that needs it. A message that is not a document is logged,
 * counted ({@code malformed}) and dropped.
 */
final class UnderstandFunction extends ProcessFunction<Tuple2<String, String>, Tuple2<String, String>> {

  private static final Logger LOG = LoggerFactory.getLogger(UnderstandFunction.class);

  private transient PipelineSplit split;
  private transient Counter malformed;
  private transient Counter records;

  @Override
  public void open(OpenContext context) {
    split = PipelineSplit.standard();
    malformed = getRuntimeContext().getMetricGroup().counter("malformed");
    records = getRuntimeContext().getMetricGroup().counter("records");
  }

  @Override
  public void processElement(Tuple2<String, String> in, Context ctx, Collector<Tuple2<String, String>> out) {
    Document doc = KeyedJson.document(in, malformed, LOG);
    if (doc == null) {
      return;
    }
    DocumentResult r = split.understand(doc);
    records.inc(r.records().size());
    out.collect(KeyedJson.of(doc.id(), ResultJson.write(r)));
  }
}
