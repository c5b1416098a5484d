package dev.gloss.annotate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cues of wrongdoing for the claim rules: words that accuse, wrongs a party may report or a court
 * establish, and negations that rebut them. A denial of a wrong outranks the wrong, so a
 * sentence is first asked whether it rebuts one, then whether it alleges one.
 */
final class Wrongdoing {

  /**
   * Someone left out of what was their due: "Punjab was not consulted", "voters had not been
   * told", "not one of them met the criteria". Said by a party, it accuses; shared with
   * ClaimDetector, for which it makes a sentence worth checking.
   */
  static final String LEFT_OUT = "(?:was|were|had|has|have|is|are)(?: not| never|n['\u2019]t)"
      + "(?: been)? (?:consulted|told|informed|notified|asked|shown|warned|briefed|invited|paid|"
      + "given|allowed|permitted|offered)|not (?:one|a single)\\b[^.]{0,40}?\\b(?:was|were|met|had|"
      + "did|got|received|has|have)|none of (?:them|the|those|these)\\b[^.]{0,40}?\\b(?:was|were|met|"
      + "had|did|got|received)";
  /** Words that accuse by themselves. */
  private static final Pattern ACCUSING = Pattern.compile(
      "\\b(?:" + LEFT_OUT + "|accus\\w*|alleg(?:e|es|ed|ing)|blamed \\p{L}+ for|charged with|misled|misleading|"
          + "cover-?up|knowingly|stolen work|(?:is|are|was|were) facing questions)\\b", Pattern.CASE_INSENSITIVE);
  /**
   * Wrongdoing, the data file's political vocabulary of it among them: an allegation when a party
   * reports it rather than a court or an inquiry establishing it.
   */
  private static final Pattern WRONGDOING = Pattern.compile(
      "\\b(?:" + Vocabulary.alternation("accusations.txt") + "|(?<!-)exploit(?:ed|ing|s)|coerc\\w*|fraud\\w*|harass\\w*|abus(?:ed|ing)|lured|"
          + "illegal\\w*|unlawful\\w*|violat(?:ed|ing|ion)|breach(?:ed)?|bribe\\w*|kickbacks?|corrupt\\w*|"
          + "br(?:oke|oken|eaking) (?:[\\p{L}'\u2019]+ ){0,3}?(?:law|laws|rules?|code)|(?:law|rules?|code) "
          + "(?:had|has|was|were) (?:been )?broken|"
          + "handed (?:(?:him|her|them) )?(?:cash|money|an? envelope|bribes?)|stole|didn't pay)\\b",
      Pattern.CASE_INSENSITIVE);
  /**
   * "The inquiry did not find corruption", "nowhere does it say she broke the law": a negation
   * before a wrong rebuts the accusation of it.
   */
  private static final Pattern NEGATION = Pattern.compile(
      "(?:\\b(?:not|never|nowhere|no)|n['\u2019]t)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ESTABLISHED = Pattern.compile(
      "\\b(?:admitted|pleaded guilty|convicted|found (?:\\p{L}+\\s+){0,4}?guilty|jailed|sentenced|"
          + "found that|ruled|findings? of)\\b",
      Pattern.CASE_INSENSITIVE);

  private Wrongdoing() {
  }

  /**
   * Whether the sentence accuses: a word that accuses by itself, or a wrong that no court,
   * admission or inquiry has established.
   */
  static boolean alleged(String sentence) {
    return ACCUSING.matcher(sentence).find() || WRONGDOING.matcher(sentence).find()
        && !ESTABLISHED.matcher(sentence).find();
  }

  /**
   * Whether a negation comes shortly before a wrong ("did not find corruption", "nowhere does it
   * say the minister broke the law"), and nothing in the sentence accuses: "accused him of not
   * declaring the bribes" still accuses.
   */
  static boolean rebutted(String sentence) {
    if (ACCUSING.matcher(sentence).find()) {
      return false;
    }
    Matcher wrong = WRONGDOING.matcher(sentence);
    while (wrong.find()) {
      // "They didn't pay" is itself the wrong, and no other negation rebuts it.
      if (!NEGATION.matcher(wrong.group()).find() && NEGATION.matcher(sentence)
          .region(Math.max(0, wrong.start() - 60), wrong.start()).find()) {
        return true;
      }
    }
    return false;
  }
}
