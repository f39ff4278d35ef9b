package org.marsad.core.hate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class HateModelFileTest {

  /** Weights exactly representable in half precision, so storing changes nothing. */
  private static HateModel tiny() {
    FeatureConfig f = new FeatureConfig(10, 2, 2, 4, 1, 1, 0.5, 0);
    int d = new PostFeatures(f, Lexicon.defaultLexicon()).dimension();
    float[][] w = new float[3][d];
    float[][] wi = new float[2][d];
    for (int j = 0; j < d; j++) {
      w[j % 3][j] = (j % 9 - 4) / 8f;
      wi[1][j] = -(j % 5) / 16f;
    }
    return new HateModel("hate-test", f, new SoftmaxRegression(w, new float[] {0.125f, -0.25f, 0.375f}),
        new SoftmaxRegression(wi, new float[] {0, -1}), mlp(d - 1024), 0.5, new double[] {0.1, -0.05, 0}, 0.4,
        "{\"seed\":1}");
  }

  private static DenseMlp mlp(int inputs) {
    float[][] hidden = new float[4][inputs];
    float[][] out = new float[3][4];
    for (int h = 0; h < 4; h++) {
      hidden[h][h] = 0.5f;
      out[h % 3][h] = 1f;
    }
    return new DenseMlp(hidden, new float[] {0.125f, 0, 0, 0}, out, new float[3]);
  }

  @Test
  void writeThenRead_sameDecisions() throws IOException {
    HateModel m = tiny();
    HateModel back = HateModelFile.read(HateModelFile.write(m));
    PostFeatures features = new PostFeatures(m.features(), Lexicon.defaultLexicon());
    FeatureRow row = features.row("kill the muslims they are vermin", null);
    assertThat(back.decide(row, "x")).isEqualTo(m.decide(row, "x"));
    assertThat(back.offsets()).containsExactly(m.offsets());
    assertThat(back.islamThreshold()).isEqualTo(0.4);
    assertThat(back.provenance()).isEqualTo("{\"seed\":1}");
  }

  @Test
  void write_sameModelTwice_sameBytes() throws IOException {
    assertThat(HateModelFile.write(tiny())).isEqualTo(HateModelFile.write(tiny()));
  }

  @Test
  void read_otherFormat_failsWithFormatNumber() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
      out.writeUTF(HateModelFile.MAGIC);
      out.writeInt(99);
    }
    assertThatThrownBy(() -> HateModelFile.read(bytes.toByteArray())).hasMessageContaining("format 99");
  }
}
