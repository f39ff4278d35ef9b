package org.marsad.core.eval.geo;

import java.util.Arrays;

/**
 * The figures of a list of geocoding errors in kilometres, as Gritta et al. ("Which Melbourne?",
 * ACL 2018) define them: accuracy within 161 km (100 miles), the area under the curve of the sorted
 * log errors {@code trapz(ln(e + 1)) / (ln(20039) * (n - 1))} (0 is perfect, 1 is every answer on
 * the far side of the Earth), mean and median error. A toponym left unresolved counts as {@link
 * #MAX_KM}, half the Earth's circumference. Immutable and thread-safe.
 *
 * @param n the number of errors
 * @param acc161 share of errors below 161 km
 * @param auc the area under the log-error curve; 0 when {@code n < 2}
 * @param meanKm mean error
 * @param medianKm median error
 */
public record ErrorStats(int n, double acc161, double auc, double meanKm, double medianKm) {

  /** The error of a toponym left unresolved: the longest great-circle distance on the Earth, km. */
  public static final double MAX_KM = 20039;

  /** The accuracy radius, km. */
  public static final double RADIUS_KM = 161;

  /** The figures of {@code errorsKm}; each must be between 0 and {@link #MAX_KM}. */
  public static ErrorStats of(double[] errorsKm) {
    double[] e = errorsKm.clone();
    for (double x : e) {
      if (!(x >= 0 && x <= MAX_KM + 1e-6)) {
        throw new IllegalArgumentException("error out of range [0, " + MAX_KM + "] km: " + x);
      }
    }
    int n = e.length;
    if (n == 0) {
      return new ErrorStats(0, 0, 0, 0, 0);
    }
    Arrays.sort(e);
    int within = 0;
    double sum = 0;
    double area = 0;
    for (int i = 0; i < n; i++) {
      if (e[i] < RADIUS_KM) {
        within++;
      }
      sum += e[i];
      if (i > 0) {
        area += (Math.log(e[i - 1] + 1) + Math.log(e[i] + 1)) / 2;
      }
    }
    double auc = n < 2 ? 0 : area / (Math.log(MAX_KM) * (n - 1));
    double median = n % 2 == 1 ? e[n / 2] : (e[n / 2 - 1] + e[n / 2]) / 2;
    return new ErrorStats(n, within / (double) n, auc, sum / n, median);
  }
}
