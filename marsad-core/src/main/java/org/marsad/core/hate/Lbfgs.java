package org.marsad.core.hate;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Limited-memory BFGS minimisation of a smooth function, with a backtracking line search under the
 * Armijo condition (Nocedal and Wright, Numerical Optimization, algorithms 7.4 and 3.1).
 * Deterministic: the same function and start give the same result. One instance per run; not
 * thread-safe.
 */
final class Lbfgs {

  /** A function with its gradient. */
  interface Objective {
    /** Returns f(x) and writes its gradient into {@code gradient}. */
    double evaluate(double[] x, double[] gradient);
  }

  /** The minimiser found, its value, and how many iterations it took. */
  record Result(double[] x, double value, int iterations, boolean converged) {}

  private final int memory;
  private final int maxIterations;
  private final double tolerance;

  /**
   * @param memory correction pairs kept (5..50)
   * @param maxIterations upper bound on iterations
   * @param tolerance stop when the relative decrease of f over one iteration is below this
   */
  Lbfgs(int memory, int maxIterations, double tolerance) {
    if (memory < 1 || maxIterations < 1 || !(tolerance > 0)) {
      throw new IllegalArgumentException("need memory >= 1, maxIterations >= 1, tolerance > 0: memory=" + memory
          + ", maxIterations=" + maxIterations + ", tolerance=" + tolerance);
    }
    this.memory = memory;
    this.maxIterations = maxIterations;
    this.tolerance = tolerance;
  }

  Result minimize(Objective f, double[] start) {
    int n = start.length;
    double[] x = start.clone();
    double[] g = new double[n];
    double fx = f.evaluate(x, g);
    Deque<double[]> ss = new ArrayDeque<>();
    Deque<double[]> ys = new ArrayDeque<>();
    Deque<Double> rhos = new ArrayDeque<>();
    double[] xNew = new double[n];
    double[] gNew = new double[n];
    for (int iter = 1; iter <= maxIterations; iter++) {
      double[] d = direction(g, ss, ys, rhos);
      double slope = dot(g, d);
      if (slope >= 0) {
        for (int i = 0; i < n; i++) {
          d[i] = -g[i];
        }
        slope = -dot(g, g);
        ss.clear();
        ys.clear();
        rhos.clear();
      }
      double step = iter == 1 && ss.isEmpty() ? 1.0 / Math.max(1.0, Math.sqrt(dot(g, g))) : 1.0;
      double fNew;
      int tries = 0;
      while (true) {
        for (int i = 0; i < n; i++) {
          xNew[i] = x[i] + step * d[i];
        }
        fNew = f.evaluate(xNew, gNew);
        if (fNew <= fx + 1e-4 * step * slope || ++tries > 40) {
          break;
        }
        step *= 0.5;
      }
      double[] s = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        s[i] = xNew[i] - x[i];
        y[i] = gNew[i] - g[i];
      }
      double sy = dot(s, y);
      if (sy > 1e-12) {
        ss.addLast(s);
        ys.addLast(y);
        rhos.addLast(1 / sy);
        if (ss.size() > memory) {
          ss.removeFirst();
          ys.removeFirst();
          rhos.removeFirst();
        }
      }
      double decrease = (fx - fNew) / Math.max(Math.abs(fx), 1e-12);
      System.arraycopy(xNew, 0, x, 0, n);
      System.arraycopy(gNew, 0, g, 0, n);
      fx = fNew;
      if (decrease >= 0 && decrease < tolerance) {
        return new Result(x, fx, iter, true);
      }
    }
    return new Result(x, fx, maxIterations, false);
  }

  /** The two-loop recursion: minus the inverse-Hessian estimate times g. */
  private static double[] direction(double[] g, Deque<double[]> ss, Deque<double[]> ys, Deque<Double> rhos) {
    int n = g.length;
    double[] q = g.clone();
    int m = ss.size();
    double[][] s = ss.toArray(new double[0][]);
    double[][] y = ys.toArray(new double[0][]);
    Double[] rho = rhos.toArray(new Double[0]);
    double[] alpha = new double[m];
    for (int k = m - 1; k >= 0; k--) {
      alpha[k] = rho[k] * dot(s[k], q);
      axpy(-alpha[k], y[k], q);
    }
    if (m > 0) {
      double gamma = dot(s[m - 1], y[m - 1]) / dot(y[m - 1], y[m - 1]);
      for (int i = 0; i < n; i++) {
        q[i] *= gamma;
      }
    }
    for (int k = 0; k < m; k++) {
      double beta = rho[k] * dot(y[k], q);
      axpy(alpha[k] - beta, s[k], q);
    }
    for (int i = 0; i < n; i++) {
      q[i] = -q[i];
    }
    return q;
  }

  static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] += a * x[i];
    }
  }
}
