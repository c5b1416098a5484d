package dev.gloss.timeline;

import dev.gloss.nlp.Word;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word classes the clause finder and the labeller share, beyond what the part-of-speech tags
 * say: which words open a clause, which verbs report speech, which auxiliaries make a clause
 * hypothetical. The tags are Universal Dependencies tags, which carry no tense, so tense is read
 * from the words.
 */
final class Grammar {

  /** Pronouns that open a relative clause. ("That" is decided by its neighbours.) */
  static final Set<String> RELATIVE = Set.of("who", "whom", "whose", "which");
  /** Words that open an adverbial clause when a subject and a verb follow them. */
  static final Set<String> SUBORDINATORS = Set.of("because", "although", "though", "while",
      "whereas", "if", "unless", "when", "whenever", "where", "after", "before", "since", "until",
      "till", "once", "as");
  /** Verbs after which a clause without "that" is what was said or thought. */
  static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "tells", "added",
      "wrote", "warned", "estimated", "argued", "claimed", "insisted", "noted", "believe",
      "believed", "think", "thought", "know", "knew", "knows", "denied", "acknowledged",
      "reported", "suggested", "expected", "hoped", "feared", "announced", "confirmed", "stated",
      "admitted", "alleged", "maintained", "testified", "ruled", "found", "concluded", "disputed",
      "rejected", "countered", "replied", "responded", "explained", "recalled");
  /** Words that quantify the antecedent of "of whom": "many of whom". */
  static final Set<String> QUANTIFIERS = Set.of("many", "some", "most", "all", "both", "none",
      "each", "one", "two", "three", "several", "few", "half");
  /** Adverbs that follow a verb as part of it: "ran out", "cut off", "held up". */
  static final Set<String> PARTICLES = Set.of("up", "out", "off", "down", "back", "away", "apart",
      "aside");
  /** Words that place a clause in a sequence and say nothing about the event itself. */
  static final Set<String> SEQUENCE = Set.of("then", "later", "afterwards", "meanwhile",
      "subsequently", "eventually", "finally", "also", "now");
  /** Auxiliaries of what may or might have happened, not of what did. */
  static final Set<String> HYPOTHETICAL = Set.of("would", "could", "might", "may", "should",
      "must", "can", "cannot", "ought");
  /** Auxiliaries of what is to happen. */
  static final Set<String> FUTURE = Set.of("will", "shall", "'ll");
  /** Verbs that link a subject to a state rather than report an action. */
  static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "be", "been", "being",
      "am", "'s", "'re", "'m", "seems", "seemed", "remains", "remained", "appears", "appeared");
  /** Nouns that make a date more precise rather than being modified by it: "Monday night". */
  static final Set<String> TIME_NOUNS = Set.of("night", "morning", "afternoon", "evening",
      "noon", "midnight", "weekend", "week", "time");
  /** Past forms that do not end in -ed. */
  private static final Set<String> IRREGULAR_PAST = Set.of("became", "began", "bought",
      "brought", "built", "came", "caught", "chose", "did", "drew", "drove", "fell", "felt",
      "fled", "flew", "fought", "found", "gave", "got", "grew", "had", "heard", "held", "hit",
      "kept", "knew", "laid", "led", "left", "lent", "lost", "made", "meant", "met", "paid",
      "quit", "ran", "rang", "rode", "rose", "sat", "saw", "said", "sent", "set", "shook", "shot",
      "shut", "sold", "sought", "spent", "split", "spoke", "stood", "stole", "struck", "swore",
      "took", "taught", "thought", "threw", "told", "tore", "underwent", "upheld", "was", "went",
      "were", "withdrew", "won", "wore", "wrote", "been", "done", "gone", "seen", "taken", "given",
      "written", "spoken", "driven", "chosen", "shown", "known", "begun",
      // The same in the present and the past; news reports in the past.
      "cut", "put", "let", "read", "cost", "hurt", "spread", "beat", "cast", "shed", "upset");

  private Grammar() {
  }

  static String lower(Word word) {
    return word.text().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the date in words {@code [first, last]} modifies a noun ("a 2010 ballot measure",
   * "Monday's vote"): it says which thing, not when anything happened. Inside a noun phrase it
   * follows a determiner or adjective; after a preposition it is an adverbial ("On March 1
   * hundreds of residents protested").
   */
  static boolean modifiesNoun(List<Word> w, int first, int last) {
    if (possessive(w.get(last))) {
      return true;
    }
    if (last + 1 >= w.size() || first == 0
        || !(w.get(first - 1).is("DET", "ADJ") || possessive(w.get(first - 1)))) {
      return false;
    }
    Word next = w.get(last + 1);
    boolean noun = next.is("NOUN") || next.is("ADJ") && last + 2 < w.size()
        && w.get(last + 2).is("NOUN");
    return noun && !TIME_NOUNS.contains(lower(next));
  }

  /** Whether the word is a form of a past tense or a past participle. */
  static boolean pastForm(Word word) {
    String w = lower(word);
    return w.endsWith("ed") || IRREGULAR_PAST.contains(w) || w.endsWith("'d");
  }

  /** Whether the word opens a clause with its own tense: an auxiliary or a verb not in -ing. */
  static boolean finite(List<Word> words, int i) {
    Word word = words.get(i);
    if (word.is("AUX") || lower(word).equals("cannot")) {
      return true;
    }
    return verb(words, i) && !lower(word).endsWith("ing");
  }

  /**
   * A verb, or a past tense the tagger read as an adjective: "Harbor Bank fined customers" has
   * "fined" between a name and its object.
   */
  static boolean verb(List<Word> words, int i) {
    Word word = words.get(i);
    if (word.is("VERB")) {
      return true;
    }
    if (!word.is("ADJ") || !lower(word).endsWith("ed") || i == 0 || i + 1 >= words.size()) {
      return false;
    }
    // "Tomas Hallworth, pleaded guilty": the name may stand before an aside's comma.
    int before = separator(words.get(i - 1)) && i > 1 ? i - 2 : i - 1;
    return words.get(before).is("PROPN", "NOUN", "PRON")
        && words.get(i + 1).is("DET", "NOUN", "PROPN", "NUM", "PRON", "SYM");
  }

  /** Whether the word can stand in a noun phrase: "the governor's own budget director". */
  static boolean inNounPhrase(Word word) {
    return word.is("DET", "ADJ", "NOUN", "PROPN", "NUM", "SYM") || possessive(word)
        || word.is("QUOTE") || (word.is("PRON") && !word.text().matches("(?i)who|whom|which|that"));
  }

  /** A word that ends in a possessive: "Haldane's", "the reporters'". */
  static boolean possessive(Word word) {
    String text = word.text();
    boolean marked = text.matches(".*\\p{L}['’]s") || text.matches(".*s['’]");
    return marked && (word.tag().endsWith("+PART") || word.is("PROPN", "NOUN"))
        || text.matches("(?i)my|his|her|its|our|their|your");
  }

  /** Whether the word can head a noun phrase: a noun, name, pronoun, number or quotation. */
  static boolean nominal(Word word) {
    return word.nominal() || word.is("QUOTE");
  }

  /** A comma, semicolon, colon, dash or bracket: where an aside or a clause may end. */
  static boolean separator(Word word) {
    return word.text().matches("[,;:()\\[\\]]|[—–]|--|-");
  }

  /** A personal pronoun that stands for someone named elsewhere. */
  static boolean personalPronoun(Word word) {
    return word.text().matches("(?i)he|she|it|they|we|i|you");
  }
}
