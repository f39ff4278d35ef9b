package org.marsad.core.lang;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Set;
import org.marsad.core.stage.Analysis;
import org.marsad.core.stage.Key;
import org.marsad.core.stage.Stage;

/**
 * Detects the language of a document (Lingua, low-accuracy mode, over the languages of the news an
 * observatory reads) and records its ISO 639-1 code on the document. Text that is clearly English
 * by its function words is known without Lingua, which is a hundred times slower. Thread-safe; the detector is
 * loaded once per JVM.
 */
public final class LanguageStage implements Stage {

  public static final Key<String> LANGUAGE = Key.of("language", String.class);

  /** Text beyond this many characters does not change the verdict and is not read. */
  private static final int SAMPLE_CHARS = 2_000;

  private static final class Holder {
    static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(
            Language.ENGLISH, Language.ARABIC, Language.FRENCH, Language.GERMAN, Language.SPANISH,
            Language.URDU, Language.TURKISH, Language.PERSIAN, Language.INDONESIAN, Language.MALAY,
            Language.RUSSIAN, Language.ITALIAN, Language.DUTCH, Language.SWEDISH, Language.DANISH,
            Language.PORTUGUESE, Language.HINDI, Language.BENGALI, Language.CHINESE, Language.POLISH)
        .withLowAccuracyMode()
        .build();
  }

  @Override
  public String name() {
    return "language";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(LANGUAGE);
  }

  @Override
  public Analysis apply(Analysis in) {
    String lang = detect(in.document().title() + "\n" + in.document().text());
    return in.withDocument(in.document().withLanguage(lang)).with(LANGUAGE, lang);
  }

  /** The ISO 639-1 code of {@code text}'s language, or {@code und} when it cannot tell. */
  public static String detect(String text) {
    if (EnglishFunctionWords.isClearlyEnglish(text)) {
      return "en";
    }
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    Language language = Holder.DETECTOR.detectLanguageOf(sample);
    if (language == Language.UNKNOWN) {
      return "und";
    }
    return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }
}
