package org.marsad.app.report;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every word of the report, from the resource bundle {@code ReportText} (English today; French and
 * Arabic are further property files beside it). Placeholders {@code {0}}, {@code {1}}... are
 * replaced literally, so apostrophes need no escaping. Immutable and thread-safe.
 */
final class ReportText {

  private final ResourceBundle bundle;
  private final Locale locale;

  ReportText(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle("org.marsad.app.report.ReportText", locale);
  }

  Locale locale() {
    return locale;
  }

  /** The text of {@code key} with its placeholders filled. */
  String get(String key, Object... args) {
    String s;
    try {
      s = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("ReportText has no key " + key, e);
    }
    for (int i = 0; i < args.length; i++) {
      s = s.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return s;
  }

  /** The text of {@code key}, or {@code fallback} when the bundle lacks it (typology ids). */
  String getOr(String key, String fallback) {
    return bundle.containsKey(key) ? bundle.getString(key) : fallback;
  }

  String type(String typeId) {
    return getOr("type." + typeId, typeId.replace('_', ' '));
  }

  String region(String regionId) {
    return getOr("region." + regionId, regionId.replace('_', ' '));
  }
}
