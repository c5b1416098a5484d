package dev.gloss.annotate;

import java.util.Locale;
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

  /**
   * Common given names in English-language news. A short list, not a census: it settles the
   * frequent cases, and the text's own titles and pronouns settle the rest.
   */
  private static final Set<String> MALE_NAMES = Set.of("james", "john", "robert", "michael",
      "william", "david", "richard", "joseph", "thomas", "charles", "daniel", "matthew", "mark",
      "paul", "steven", "andrew", "kevin", "brian", "george", "edward", "peter", "tom", "jack",
      "harry", "oliver", "carlos", "jose", "juan", "omar", "ahmed", "mohammed", "ali", "walter",
      "greg", "samuel", "sam", "mike", "mick", "niko", "luca", "dale", "simon", "ian", "stephen",
      "anthony", "jordan", "gary", "martin", "patrick", "sean", "ben", "adam", "henry", "nick",
      "nicholas", "frank", "hugo", "ivan", "dmitri", "raj", "arjun", "kenji");
  private static final Set<String> FEMALE_NAMES = Set.of("mary", "patricia", "jennifer",
      "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "nancy", "lisa",
      "margaret", "emily", "emma", "helen", "anna", "rachel", "laura", "maria", "jane", "lena",
      "nora", "rosa", "deborah", "diane", "ellen", "ann", "anne", "miriam", "vanessa", "danielle",
      "erin", "sophie", "olivia", "chloe", "grace", "alice", "julia", "catherine", "kate",
      "claire", "amy", "lucy", "ruth", "carolyn", "aisha", "fatima", "mei", "yuki", "ana",
      "elena", "sofia", "ines", "natasha", "olga", "priya", "carla");

  /**
   * Guesses a person's gender from the text.
   *
   * @param text the whole body
   * @param fullName the name as first introduced
   */
  static Gender of(String text, String fullName) {
    String[] words = fullName.split("\\s+");
    String given = words[0].toLowerCase(Locale.ROOT);
    if (MALE_NAMES.contains(given)) {
      return MALE;
    }
    if (FEMALE_NAMES.contains(given)) {
      return FEMALE;
    }
    String surname = Pattern.quote(words[words.length - 1]);
    if (Pattern.compile(MALE_TITLE.pattern() + surname + "\\b").matcher(text).find()) {
      return MALE;
    }
    if (Pattern.compile(FEMALE_TITLE.pattern() + surname + "\\b").matcher(text).find()) {
      return FEMALE;
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
