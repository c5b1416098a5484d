package dev.gloss.annotate;

import dev.gloss.model.Span;
import dev.gloss.nlp.DataLines;
import dev.gloss.nlp.Tagger;
import dev.gloss.nlp.Word;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence tells of something that happened: a verb in the past tense right after its
 * subject ("Ms Hale signed the order", "Opposition members later walked out", "she has been an
 * MP since 2019"), read with the part-of-speech tagger. A past participle that is not finite
 * does not count: "the fair is planned for June" and "the road will stay closed" are
 * schedules, and "the bill, introduced on Friday," is a modifier.
 */
final class PastTense {

  private static final Set<String> IRREGULAR = Set.copyOf(
      DataLines.all(PastTense.class, "past-forms.txt"));
  /** Reporting verbs tell of speech, which every quotation has, not of a deed. */
  private static final Set<String> REPORTING = Set.of("said", "told", "wrote", "added", "asked",
      "replied", "stated", "noted", "argued", "insisted", "claimed", "reported");
  private static final Set<String> PERFECT = Set.of("has", "have", "'s", "'ve", "\u2019s",
      "\u2019ve");

  private PastTense() {
  }

  /** Whether the word is the past of an irregular verb: "wrote", "told", "left". */
  static boolean isIrregularForm(String word) {
    return IRREGULAR.contains(word);
  }

  /** Whether {@code sentence} has a finite verb in the past tense or the present perfect. */
  static boolean in(String sentence) {
    return in(Tagger.tag(sentence, new Span(0, sentence.length())));
  }

  /** The same, for a sentence already tagged. */
  static boolean in(List<Word> words) {
    for (int i = 0; i < words.size(); i++) {
      Word word = words.get(i);
      String form = word.text().toLowerCase(Locale.ROOT);
      if (!word.is("VERB", "AUX") || REPORTING.contains(form) || !afterSubject(words, i)) {
        continue;
      }
      if (isPastForm(form) || PERFECT.contains(form) && participleFollows(words, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPastForm(String form) {
    return form.length() > 3 && form.endsWith("ed") || IRREGULAR.contains(form);
  }

  /** The verb's subject stands right before it, adverbs ("later", "first", "also") aside. */
  private static boolean afterSubject(List<Word> words, int verb) {
    for (int i = verb - 1; i >= 0; i--) {
      Word before = words.get(i);
      if (before.is("ADV")) {
        continue;
      }
      return before.nominal();
    }
    return false;
  }

  /** "has been", "have voted": the perfect reports a past event. */
  private static boolean participleFollows(List<Word> words, int auxiliary) {
    for (int i = auxiliary + 1; i < words.size(); i++) {
      Word next = words.get(i);
      if (next.is("ADV", "PART")) {
        continue;
      }
      String form = next.text().toLowerCase(Locale.ROOT);
      return next.is("VERB", "AUX") && (isPastForm(form) || "been".equals(form)
          || form.endsWith("en"));
    }
    return false;
  }
}
