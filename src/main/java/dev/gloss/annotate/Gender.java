package dev.gloss.annotate;

import dev.gloss.nlp.DataLines;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammatical gender the text gives a person, so that "she said" does not go to the man
 * named just before the quote. Read from titles ("Mr Pike", "Dame Susan Eke"), from common given
 * names, and from the pronoun of the sentence after one that opens with the name.
 */
enum Gender {
  MALE, FEMALE, UNKNOWN;

  /** Whether a person of this gender may be referred to by a pronoun of {@code wanted}. */
  boolean fits(Gender wanted) {
    return this == UNKNOWN || wanted == UNKNOWN || this == wanted;
  }

  private static final Pattern MALE_TITLE = Pattern.compile(
      "\\b(?:Mr|Mister|Sir|Lord|King|Prince|Father|Brother)\\.?\\s+(?:\\p{Lu}\\S*\\s+)?");
  private static final Pattern FEMALE_TITLE = Pattern.compile(
      "\\b(?:Mrs|Ms|Miss|Dame|Lady|Queen|Princess|Sister)\\.?\\s+(?:\\p{Lu}\\S*\\s+)?");
  private static final Pattern PRONOUN = Pattern.compile("\\b(he|his|him|she|her|hers)\\b",
      Pattern.CASE_INSENSITIVE);

  /** Common given names by gender ({@code given-names.txt}). */
  private static final Map<String, List<String>> GIVEN_NAMES =
      DataLines.sections(Gender.class, "given-names.txt");
  private static final Set<String> MALE_NAMES = Set.copyOf(GIVEN_NAMES.get("male"));
  private static final Set<String> FEMALE_NAMES = Set.copyOf(GIVEN_NAMES.get("female"));

  /** The gender of a full name's given name, when it is a common one. */
  static Gender givenName(String fullName) {
    String given = fullName.split("\\s+")[0].toLowerCase(Locale.ROOT);
    return MALE_NAMES.contains(given) ? MALE : FEMALE_NAMES.contains(given) ? FEMALE : UNKNOWN;
  }

  /**
   * Guesses a person's gender from the text.
   *
   * @param text the whole body
   * @param fullName the name as first introduced
   */
  static Gender of(String text, String fullName) {
    String[] words = fullName.split("\\s+");
    Gender byName = givenName(fullName);
    if (byName != UNKNOWN) {
      return byName;
    }
    String surname = Pattern.quote(words[words.length - 1]);
    if (Pattern.compile(MALE_TITLE.pattern() + surname + "\\b").matcher(text).find()) {
      return MALE;
    }
    if (Pattern.compile(FEMALE_TITLE.pattern() + surname + "\\b").matcher(text).find()) {
      return FEMALE;
    }
    // "Roe said she had...": a pronoun later in a sentence the name opens.
    Matcher same = Pattern.compile("(?:^|[.!?]\\s+|\\n)(?:[\\p{L}.]+\\s+){0,2}" + surname
        + "\\b(?:,[^,.!?\\n]*,)?\\s+\\p{Ll}+\\b([^.!?\\n\"\u201c\u2018]*)").matcher(text);
    while (same.find()) {
      Matcher pronoun = PRONOUN.matcher(same.group(1));
      if (pronoun.find()) {
        String found = pronoun.group(1).toLowerCase(Locale.ROOT);
        return found.startsWith("h") && !found.startsWith("her") ? MALE : FEMALE;
      }
    }
    // "Okafor pleaded guilty. He ...": the first pronoun of the next sentence.
    Matcher opening = Pattern.compile("(?:^|[.!?]\\s+|\\n)(?:[\\p{L}.]+\\s+){0,2}" + surname
        + "\\b[^.!?\\n]*[.!?][\"'\u201d\u2019]?\\s+([^.!?\\n]*)").matcher(text);
    while (opening.find()) {
      Matcher pronoun = PRONOUN.matcher(opening.group(1));
      if (pronoun.find()) {
        String found = pronoun.group(1).toLowerCase(Locale.ROOT);
        return found.startsWith("h") && !found.startsWith("her") ? MALE : FEMALE;
      }
    }
    return UNKNOWN;
  }
}
