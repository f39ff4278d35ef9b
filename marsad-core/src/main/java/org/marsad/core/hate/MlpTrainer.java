package org.marsad.core.hate;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Fits a {@link DenseMlp} by mini-batch Adam on the mean cross-entropy with decoupled weight decay
 * (AdamW). Initial weights (He normal) and the order of examples in each epoch come from a {@link
 * Random} seeded with {@code seed}, and the arithmetic runs on one thread, so the same data, settings
 * and seed give the same network. Stateless apart from its settings; thread-safe.
 */
final class MlpTrainer {

  private final int hiddenUnits;
  private final int epochs;
  private final int batchSize;
  private final double learningRate;
  private final double weightDecay;
  private final long seed;

  MlpTrainer(int hiddenUnits, int epochs, int batchSize, double learningRate, double weightDecay, long seed) {
    if (hiddenUnits < 1 || epochs < 1 || batchSize < 1 || !(learningRate > 0) || !(weightDecay >= 0)) {
      throw new IllegalArgumentException("need hiddenUnits, epochs, batchSize >= 1, learningRate > 0, weightDecay >= 0:"
          + " hiddenUnits=" + hiddenUnits + ", epochs=" + epochs + ", batchSize=" + batchSize + ", learningRate="
          + learningRate + ", weightDecay=" + weightDecay);
    }
    this.hiddenUnits = hiddenUnits;
    this.epochs = epochs;
    this.batchSize = batchSize;
    this.learningRate = learningRate;
    this.weightDecay = weightDecay;
    this.seed = seed;
  }

  /**
   * Fits {@code members} networks with seeds {@code seed, seed + 1, ...} (in parallel, each on one
   * thread) and joins them into one network whose scores are the mean of theirs: the hidden layers
   * side by side, the output weights divided by {@code members}.
   */
  DenseMlp fitEnsemble(float[][] x, int[] labels, int classes, int members) {
    if (members < 1) {
      throw new IllegalArgumentException("members must be >= 1: " + members);
    }
    List<DenseMlp> nets = IntStream.range(0, members).parallel()
        .mapToObj(m -> withSeed(seed + m).fit(x, labels, classes)).toList();
    int hu = hiddenUnits * members;
    float[][] hidden = new float[hu][];
    float[] hiddenBias = new float[hu];
    float[][] out = new float[classes][hu];
    float[] outBias = new float[classes];
    for (int m = 0; m < members; m++) {
      DenseMlp net = nets.get(m);
      for (int h = 0; h < hiddenUnits; h++) {
        hidden[m * hiddenUnits + h] = net.hidden()[h];
        hiddenBias[m * hiddenUnits + h] = net.hiddenBias()[h];
        for (int k = 0; k < classes; k++) {
          out[k][m * hiddenUnits + h] = net.out()[k][h] / members;
        }
      }
      for (int k = 0; k < classes; k++) {
        outBias[k] += net.outBias()[k] / members;
      }
    }
    return new DenseMlp(hidden, hiddenBias, out, outBias);
  }

  private MlpTrainer withSeed(long newSeed) {
    return new MlpTrainer(hiddenUnits, epochs, batchSize, learningRate, weightDecay, newSeed);
  }

  DenseMlp fit(float[][] x, int[] labels, int classes) {
    if (x.length != labels.length || x.length == 0) {
      throw new IllegalArgumentException("need one label per input and at least one input: inputs=" + x.length
          + ", labels=" + labels.length);
    }
    int d = x[0].length;
    int hu = hiddenUnits;
    Random random = new Random(seed);
    // parameters, flattened: W1 [hu][d], b1 [hu], W2 [classes][hu], b2 [classes]
    int w1 = 0;
    int b1 = w1 + hu * d;
    int w2 = b1 + hu;
    int b2 = w2 + classes * hu;
    int size = b2 + classes;
    double[] p = new double[size];
    double scale1 = Math.sqrt(2.0 / d);
    for (int i = 0; i < hu * d; i++) {
      p[w1 + i] = random.nextGaussian() * scale1;
    }
    double scale2 = Math.sqrt(1.0 / hu);
    for (int i = 0; i < classes * hu; i++) {
      p[w2 + i] = random.nextGaussian() * scale2;
    }
    double[] m = new double[size];
    double[] v = new double[size];
    double[] g = new double[size];
    int[] order = new int[x.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    double[] a = new double[hu];
    double[] z = new double[classes];
    double[] da = new double[hu];
    long step = 0;
    for (int epoch = 0; epoch < epochs; epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int from = 0; from < order.length; from += batchSize) {
        int to = Math.min(order.length, from + batchSize);
        java.util.Arrays.fill(g, 0);
        for (int b = from; b < to; b++) {
          float[] xi = x[order[b]];
          for (int h = 0; h < hu; h++) {
            double s = p[b1 + h];
            int off = w1 + h * d;
            for (int j = 0; j < d; j++) {
              s += p[off + j] * xi[j];
            }
            a[h] = Math.max(0, s);
          }
          for (int k = 0; k < classes; k++) {
            double s = p[b2 + k];
            int off = w2 + k * hu;
            for (int h = 0; h < hu; h++) {
              s += p[off + h] * a[h];
            }
            z[k] = s;
          }
          double[] prob = SoftmaxRegression.softmax(z);
          java.util.Arrays.fill(da, 0);
          for (int k = 0; k < classes; k++) {
            double err = prob[k] - (k == labels[order[b]] ? 1 : 0);
            int off = w2 + k * hu;
            for (int h = 0; h < hu; h++) {
              g[off + h] += err * a[h];
              da[h] += err * p[off + h];
            }
            g[b2 + k] += err;
          }
          for (int h = 0; h < hu; h++) {
            if (a[h] <= 0) {
              continue;
            }
            int off = w1 + h * d;
            double dh = da[h];
            for (int j = 0; j < d; j++) {
              g[off + j] += dh * xi[j];
            }
            g[b1 + h] += dh;
          }
        }
        step++;
        double n = to - from;
        double c1 = 1 - Math.pow(0.9, step);
        double c2 = 1 - Math.pow(0.999, step);
        for (int i = 0; i < size; i++) {
          double gi = g[i] / n;
          m[i] = 0.9 * m[i] + 0.1 * gi;
          v[i] = 0.999 * v[i] + 0.001 * gi * gi;
          boolean weight = i < b1 || i >= w2 && i < b2;
          p[i] -= learningRate * ((m[i] / c1) / (Math.sqrt(v[i] / c2) + 1e-8) + (weight ? weightDecay * p[i] : 0));
        }
      }
    }
    float[][] hidden = new float[hu][d];
    float[] hiddenBias = new float[hu];
    float[][] out = new float[classes][hu];
    float[] outBias = new float[classes];
    for (int h = 0; h < hu; h++) {
      for (int j = 0; j < d; j++) {
        hidden[h][j] = (float) p[w1 + h * d + j];
      }
      hiddenBias[h] = (float) p[b1 + h];
    }
    for (int k = 0; k < classes; k++) {
      for (int h = 0; h < hu; h++) {
        out[k][h] = (float) p[w2 + k * hu + h];
      }
      outBias[k] = (float) p[b2 + k];
    }
    return new DenseMlp(hidden, hiddenBias, out, outBias);
  }
}
