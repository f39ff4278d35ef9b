package org.marsad.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.marsad.core.domain.Document;
import org.marsad.flink.format.DocumentJson;
import org.marsad.flink.format.ResultJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cheap half of the cascade: runs the standard pipeline's stages before its gate on each raw
 * document. A document the gate admits goes on (to the relevant topic); the others get their
 * result now, with no records, on {@link #DECIDED}. A message that is not a document is logged and
 * counted ({@code malformed}), and dropped. Each parallel instance holds its own stages; the
 * models behind them are shared per JVM.
 */
final class ScreenFunction extends ProcessFunction<Tuple2<String, String>, Tuple2<String, String>> {

  /** Results of documents the cascade stopped. */
  static final OutputTag<Tuple2<String, String>> DECIDED = new OutputTag<>("decided", KeyedJson.TYPE);

  private static final Logger LOG = LoggerFactory.getLogger(ScreenFunction.class);

  private transient PipelineSplit split;
  private transient Counter malformed;
  private transient Counter admitted;

  @Override
  public void open(OpenContext context) {
    split = PipelineSplit.standard();
    malformed = getRuntimeContext().getMetricGroup().counter("malformed");
    admitted = getRuntimeContext().getMetricGroup().counter("admitted");
  }

  @Override
  public void processElement(Tuple2<String, String> in, Context ctx, Collector<Tuple2<String, String>> out) {
    Document doc = KeyedJson.document(in, malformed, LOG);
    if (doc == null) {
      return;
    }
    PipelineSplit.Screened s = split.screen(doc);
    if (s.admitted()) {
      admitted.inc();
      out.collect(KeyedJson.of(doc.id(), DocumentJson.write(s.document())));
    } else {
      ctx.output(DECIDED, KeyedJson.of(doc.id(), ResultJson.write(s.result())));
    }
  }
}
