package dev.gloss.annotate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The role a text gives a person in an apposition anywhere in it, not only where the person is
 * quoted: "Joanne Reyes, a nurse at Port Aldous General, said", "Lydia Sorensen-Park, president of
 * the National Council of Shippers," and "Ferreira's budget director, Priya Wadkins,".
 */
final class Appositions {

  /** At most this many words in a role: longer is a clause, not a description. */
  private static final int MAX_WORDS = 9;
  /** An apposition opened by what the person is doing, not what they are. */
  private static final Pattern NOT_A_ROLE = Pattern.compile("^(?:who|which|whose|when|where|"
      + "while|after|before|in|at|on|during|as|added|speaking|standing|asked|"
      + "according|however|meanwhile|though|for|with|by|and|but|or|then|also|too|not|now|"
      + "\\p{Ll}+(?:ing|ed|ly))\\b");
  /** Words that end a role and start the sentence's own business. */
  private static final Pattern VERB_INSIDE = Pattern.compile("\\b(?:said|says|told|is|was|were|"
      + "are|has|had|have|will|would|did|does|could|should)\\b");

  private static final Pattern OWNER = Pattern.compile("\\p{Lu}[\\p{L}.-]*['\u2019]s\\s");
  /** "Ferreira's budget director", "the authority's general manager": someone's post. */
  private static final Pattern POSSESSIVE = Pattern.compile("\\p{L}['\u2019]s\\s");
  private static final Pattern OFFICE_LAST = Pattern.compile("\\b(?i:" + RoleBook.ROLE + ")s?$");

  private Appositions() {
  }

  /**
   * The role the text gives the person in an apposition, or null.
   *
   * @param text the article body
   * @param name the person's name as the text writes it in full
   */
  static @Nullable String roleOf(String text, String name) {
    String quoted = Pattern.quote(name);
    Matcher after = Pattern.compile("(?<![\\p{L}\\p{N}])" + quoted
        + ",\\s+((?:(?:a|an|the)\\s+)?[\\p{Ll}\\p{Lu}][^,.;:\"\u201c\u201d()\\n]*?)(?=[,.;]\\s)")
        .matcher(text);
    while (after.find()) {
      String role = after.group(1).strip();
      if (isRole(role)) {
        return role;
      }
    }
    Matcher before = Pattern.compile("((?:\\p{Lu}[\\p{L}.-]*['\u2019]s|(?i:the|its|his|her|their))"
        + "(?:\\s+[\\p{Ll}'\u2019-]+){1,4}),\\s+" + quoted + "(?![\\p{L}\\p{N}])").matcher(text);
    while (before.find()) {
      String role = before.group(1).strip();
      // "In the end, Priya Wadkins": without an owner, only an office is a role.
      boolean owned = POSSESSIVE.matcher(role).find();
      if (isRole(role) && (owned || OFFICE_LAST.matcher(role).find())) {
        return role;
      }
    }
    return null;
  }

  /**
   * Whether a phrase describes what someone is: a few words, opened by an article or a lowercase
   * noun ("president of ..."), with no verb of its own.
   */
  private static boolean isRole(String phrase) {
    String[] words = phrase.split("\\s+");
    // "Howard Tsai, wrote in an email": the apposition closed before the name, and this is its verb.
    if (words.length > MAX_WORDS || PastTense.isIrregularForm(words[0])
        || NOT_A_ROLE.matcher(phrase).find()
        || VERB_INSIDE.matcher(phrase).find()) {
      return false;
    }
    // "Lydia Sorensen-Park, National Council of Shippers": a name apposed is another entity.
    return Character.isLowerCase(phrase.charAt(0)) || OWNER.matcher(phrase).lookingAt();
  }
}
