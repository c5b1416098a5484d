package dev.gloss.annotate;

import dev.gloss.model.Span;
import dev.gloss.nlp.Tagger;
import dev.gloss.nlp.Word;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the grammatical subject of a clause with OpenNLP's English tokenizer and part-of-speech
 * tagger (Universal Dependencies tags), so that a partial quote embedded in the writer's sentence
 * ("Senator Dale Hutchins denied the reports, calling them "a smear"") goes to whoever the
 * sentence is about rather than to a name that happens to stand next to the quote.
 */
final class SubjectFinder {

  /** Tags that may belong to a noun phrase. */
  private static final Set<String> NOMINAL = Set.of("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM",
      "PART", "CCONJ");
  /** Tags that open a leading modifier: "Challenged by ...,", "In a post ...,", "Later,". */
  private static final Set<String> MODIFIER_START = Set.of("VERB", "ADP", "SCONJ", "ADV", "AUX");

  private static final java.util.regex.Pattern TIME_PHRASE = java.util.regex.Pattern.compile(
      "(?:,\\s*|\\s+)(?:on|in|at|early|late|last|this)\\s+(?:\\p{Lu}\\p{L}*day|January|February|"
          + "March|April|May|June|July|August|September|October|November|December|night|week|"
          + "month|year|morning|evening)\\b.*$");

  private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
      "^(?:\\p{Lu}[\\p{Lu} .'-]+(?:,\\s+\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?)?\\s+)?"
          + "[\u2014\u2013-]+\\s+");



  /**
   * The words that name the subject of the clause's main verb, appositions included ("The Home
   * Secretary, Priya Chandran"), or null when the clause has no verb or no nominal subject.
   *
   * @param clause the text of a sentence up to the point of interest
   */
  @Nullable String subject(String text) {
    // "SACRAMENTO — Gov. Carolyn Pettibone vetoed": the dateline is where, not who.
    String clause = DATELINE.matcher(text).replaceFirst("");
    List<Word> tagged = Tagger.tag(clause, new Span(0, clause.length()));
    if (tagged.isEmpty()) {
      return null;
    }
    String[] words = tagged.stream().map(Word::text).toArray(String[]::new);
    String[] tags = tagged.stream().map(Word::tag).toArray(String[]::new);
    int start = 0;
    if (MODIFIER_START.contains(tags[0])) {
      // The subject follows the last comma before the first verb that has a nominal run before it.
      start = -1;
      for (int i = 1; i < words.length; i++) {
        if (",".equals(words[i]) && i + 1 < words.length
            && nominalRunThenVerb(words, tags, i + 1)) {
          start = i + 1;
          break;
        }
      }
      if (start < 0) {
        return null;
      }
    }
    int end = mainVerb(words, tags, start);
    if (end <= start || end >= words.length) {
      return null;
    }
    String phrase = clause.substring(tagged.get(start).span().start(),
        tagged.get(end - 1).span().end()).strip();
    // "Dana Morrow, on Friday": when something happened is not who did it.
    return TIME_PHRASE.matcher(phrase).replaceFirst("").replaceAll("[,\\s]+$", "");
  }

  /** Whether the tokens from {@code from} are a noun phrase followed by a verb. */
  private static boolean nominalRunThenVerb(String[] words, String[] tags, int from) {
    int verb = mainVerb(words, tags, from);
    return verb > from && verb < words.length;
  }

  /**
   * The index of the first verb after {@code from} that is not inside an apposition or relative
   * clause set off by commas, or {@code words.length} if there is none; any other word that
   * cannot be part of a noun phrase before it ends the search (as -1).
   */
  private static int mainVerb(String[] words, String[] tags, int from) {
    boolean inAside = false;
    for (int i = from; i < words.length; i++) {
      String tag = tags[i];
      if (",".equals(words[i])) {
        inAside = !inAside;
        continue;
      }
      if (inAside) {
        continue;
      }
      if ("VERB".equals(tag) || "AUX".equals(tag)) {
        return i;
      }
      // "Senator Dale Hutchins on Tuesday denied": a time or place phrase may sit before the verb.
      if (!NOMINAL.contains(tag) && !"ADP".equals(tag) && !"ADV".equals(tag)) {
        return -1;
      }
    }
    return words.length;
  }
}
