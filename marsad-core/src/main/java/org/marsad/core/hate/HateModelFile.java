package org.marsad.core.hate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The stored form of a {@link HateModel}, format {@value #FORMAT}: gzip of the magic {@value #MAGIC},
 * the format number, a JSON header (model id, feature settings, offsets, threshold, shapes,
 * provenance), then the weights and biases of the two regressions as IEEE half-precision floats,
 * class by class, then the perceptron's (hidden units, inputs, classes, then its weights and biases
 * unit by unit, also half precision; hidden units 0 when there is none). Half precision halves the file; the trainer measures the model after this
 * rounding, so the figures in the provenance are those of the stored weights. Stateless.
 */
final class HateModelFile {

  static final String MAGIC = "MARSAD-HATE";
  static final int FORMAT = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private HateModelFile() {}

  static byte[] write(HateModel m) throws IOException {
    ObjectNode header = MAPPER.createObjectNode();
    header.put("id", m.id());
    header.set("features", MAPPER.valueToTree(m.features()));
    header.set("offsets", MAPPER.valueToTree(m.offsets()));
    header.put("islam_threshold", m.islamThreshold());
    header.put("mlp_weight", m.mlpWeight());
    header.put("dimension", m.classes().dimension());
    header.set("provenance", MAPPER.readTree(m.provenance()));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes) {
      { def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION); }
    })) {
      out.writeUTF(MAGIC);
      out.writeInt(FORMAT);
      byte[] json = MAPPER.writeValueAsBytes(header);
      out.writeInt(json.length);
      out.write(json);
      writeRegression(out, m.classes());
      writeRegression(out, m.islam());
      writeMlp(out, m.mlp());
    }
    return bytes.toByteArray();
  }

  static HateModel read(byte[] data) throws IOException {
    try (DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(data)))) {
      String magic = in.readUTF();
      if (!MAGIC.equals(magic)) {
        throw new IOException("not a Marsad hate model (magic " + magic + ")");
      }
      int format = in.readInt();
      if (format != FORMAT) {
        throw new IOException("hate model format " + format + " is not supported (this build reads " + FORMAT + ")");
      }
      byte[] json = new byte[in.readInt()];
      in.readFully(json);
      JsonNode header = MAPPER.readTree(json);
      FeatureConfig features = MAPPER.treeToValue(header.get("features"), FeatureConfig.class);
      int dimension = header.get("dimension").asInt();
      int expected = new PostFeatures(features, Lexicon.defaultLexicon()).dimension();
      if (dimension != expected) {
        throw new IOException("model dimension " + dimension + " does not match its features (" + expected
            + "): was the lexicon changed after training?");
      }
      double[] offsets = MAPPER.treeToValue(header.get("offsets"), double[].class);
      SoftmaxRegression classes = readRegression(in, 3, dimension);
      SoftmaxRegression islam = readRegression(in, 2, dimension);
      DenseMlp mlp = readMlp(in);
      return new HateModel(header.get("id").asText(), features, classes, islam, mlp,
          header.get("mlp_weight").asDouble(), offsets, header.get("islam_threshold").asDouble(), MAPPER.writeValueAsString(header.get("provenance")));
    }
  }

  /** Rounds every weight and bias to half precision, as storing does. */
  static SoftmaxRegression halfPrecision(SoftmaxRegression r) {
    float[][] w = new float[r.classes()][];
    float[] b = new float[r.classes()];
    for (int k = 0; k < r.classes(); k++) {
      w[k] = new float[r.dimension()];
      for (int j = 0; j < r.dimension(); j++) {
        w[k][j] = Float.float16ToFloat(Float.floatToFloat16(r.weights()[k][j]));
      }
      b[k] = Float.float16ToFloat(Float.floatToFloat16(r.bias()[k]));
    }
    return new SoftmaxRegression(w, b);
  }

  /** Rounds every weight and bias of a perceptron to half precision, as storing does; null stays null. */
  static DenseMlp halfPrecision(DenseMlp m) {
    if (m == null) {
      return null;
    }
    return new DenseMlp(half(m.hidden()), half(m.hiddenBias()), half(m.out()), half(m.outBias()));
  }

  private static float[][] half(float[][] a) {
    float[][] out = new float[a.length][];
    for (int i = 0; i < a.length; i++) {
      out[i] = half(a[i]);
    }
    return out;
  }

  private static float[] half(float[] a) {
    float[] out = new float[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = Float.float16ToFloat(Float.floatToFloat16(a[i]));
    }
    return out;
  }

  private static void writeMlp(DataOutputStream out, DenseMlp m) throws IOException {
    if (m == null) {
      out.writeInt(0);
      return;
    }
    out.writeInt(m.hiddenUnits());
    out.writeInt(m.inputs());
    out.writeInt(m.classes());
    for (int h = 0; h < m.hiddenUnits(); h++) {
      out.writeShort(Float.floatToFloat16(m.hiddenBias()[h]));
      for (float w : m.hidden()[h]) {
        out.writeShort(Float.floatToFloat16(w));
      }
    }
    for (int k = 0; k < m.classes(); k++) {
      out.writeShort(Float.floatToFloat16(m.outBias()[k]));
      for (float w : m.out()[k]) {
        out.writeShort(Float.floatToFloat16(w));
      }
    }
  }

  private static DenseMlp readMlp(DataInputStream in) throws IOException {
    int hu = in.readInt();
    if (hu == 0) {
      return null;
    }
    int d = in.readInt();
    int k0 = in.readInt();
    float[][] hidden = new float[hu][d];
    float[] hiddenBias = new float[hu];
    for (int h = 0; h < hu; h++) {
      hiddenBias[h] = Float.float16ToFloat(in.readShort());
      for (int j = 0; j < d; j++) {
        hidden[h][j] = Float.float16ToFloat(in.readShort());
      }
    }
    float[][] outW = new float[k0][hu];
    float[] outBias = new float[k0];
    for (int k = 0; k < k0; k++) {
      outBias[k] = Float.float16ToFloat(in.readShort());
      for (int h = 0; h < hu; h++) {
        outW[k][h] = Float.float16ToFloat(in.readShort());
      }
    }
    return new DenseMlp(hidden, hiddenBias, outW, outBias);
  }

  private static void writeRegression(DataOutputStream out, SoftmaxRegression r) throws IOException {
    out.writeInt(r.classes());
    out.writeInt(r.dimension());
    for (int k = 0; k < r.classes(); k++) {
      out.writeShort(Float.floatToFloat16(r.bias()[k]));
      for (float w : r.weights()[k]) {
        out.writeShort(Float.floatToFloat16(w));
      }
    }
  }

  private static SoftmaxRegression readRegression(DataInputStream in, int classes, int dimension) throws IOException {
    int k0 = in.readInt();
    int d0 = in.readInt();
    if (k0 != classes || d0 != dimension) {
      throw new IOException("regression of " + k0 + " classes by " + d0 + " features where " + classes + " by "
          + dimension + " were expected");
    }
    float[][] w = new float[classes][dimension];
    float[] b = new float[classes];
    for (int k = 0; k < classes; k++) {
      b[k] = Float.float16ToFloat(in.readShort());
      for (int j = 0; j < dimension; j++) {
        w[k][j] = Float.float16ToFloat(in.readShort());
      }
    }
    return new SoftmaxRegression(w, b);
  }
}
