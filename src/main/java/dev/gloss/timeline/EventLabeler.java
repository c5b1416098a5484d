package dev.gloss.timeline;

import dev.gloss.model.Span;
import dev.gloss.nlp.Tagger;
import dev.gloss.nlp.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Makes a short label of who did what from a sentence: its subject, main verb and object, leaving
 * out dates, opening adverbials and trailing clauses. "On Tuesday, November 21, a group of artists
 * leaked access to OpenAI's Sora video tool, calling it art washing" gives "A group of artists
 * leaked access to OpenAI's Sora video tool".
 */
final class EventLabeler {

  private static final int MAX_SUBJECT = 7;
  private static final int MAX_OBJECT = 8;
  private static final int MAX_FALLBACK = 12;
  /** Pronouns that start a relative clause, where the object ends. */
  private static final Set<String> CLAUSE_WORDS = Set.of("that", "which", "who", "whom", "whose",
      "where", "when", "while", "because", "as", "after", "before", "despite", "amid");

  /** Words that place a sentence in a sequence and say nothing about the event itself. */
  private static final Set<String> SEQUENCE_WORDS = Set.of("then", "later", "afterwards",
      "meanwhile", "subsequently", "eventually", "finally", "also", "now");

  private EventLabeler() {
  }

  /**
   * The label of one sentence.
   *
   * @param text the body text
   * @param sentence the sentence's span
   * @param leaveOut spans to leave out of the label, such as date expressions
   */
  static String label(String text, Span sentence, List<Span> leaveOut) {
    return label(Tagger.tag(text, sentence), leaveOut);
  }

  /**
   * The label of a sentence already tagged.
   *
   * @param tagged the sentence's words
   * @param leaveOut spans to leave out of the label, such as date expressions
   */
  static String label(List<Word> tagged, List<Span> leaveOut) {
    List<Word> words = new ArrayList<>();
    for (Word token : tagged) {
      if (leaveOut.stream().noneMatch(token.span()::overlaps) && !isQuoteMark(token.text())) {
        words.add(token);
      }
    }
    dropOpeningAdverbial(words);
    int verb = mainVerb(words);
    if (verb < 0) {
      return fallback(words);
    }
    int subjectStart = subjectStart(words, verb);
    int end = objectEnd(words, verb);
    return capitalise(join(words.subList(subjectStart, end)));
  }

  private static boolean isQuoteMark(String word) {
    return word.matches("[\"“”‘’']+");
  }

  /** Drops "On Tuesday," or "Two days later," and any leftover punctuation or preposition. */
  private static void dropOpeningAdverbial(List<Word> words) {
    int comma = -1;
    for (int i = 0; i < Math.min(words.size(), 8); i++) {
      if (words.get(i).is("VERB", "AUX")) {
        break;
      }
      if (words.get(i).text().equals(",")) {
        comma = i;
        break;
      }
    }
    if (comma >= 0 && (comma == 0 || words.get(0).is("ADP", "ADV", "SCONJ", "NUM", "ADJ")
        || words.get(0).text().equals("Last") || words.get(0).text().equals("Earlier"))) {
      words.subList(0, comma + 1).clear();
    }
    while (!words.isEmpty() && (words.get(0).is("PUNCT", "ADP", "CCONJ")
        || SEQUENCE_WORDS.contains(words.get(0).text().toLowerCase(java.util.Locale.ROOT)))) {
      words.remove(0);
    }
  }

  /**
   * The first verb with something nominal before it: the main clause's predicate. Removes an
   * aside between subject and predicate from {@code words}.
   */
  private static int mainVerb(List<Word> words) {
    boolean nominalSeen = false;
    int auxiliary = -1;
    boolean aside = false;
    for (int i = 0; i < words.size(); i++) {
      Word word = words.get(i);
      // "The leak, shared on a platform, allowed...": a participle after a comma opens an aside
      // that runs to the next comma; the predicate comes after it.
      if (word.text().equals(",") && (aside || nominalSeen && i + 1 < words.size()
          && words.get(i + 1).is("VERB"))) {
        aside = !aside;
        words.remove(i--);
        continue;
      }
      if (aside) {
        words.remove(i--);
        continue;
      }
      if (isVerb(words, i) && nominalSeen) {
        return i;
      }
      if (word.is("AUX") && nominalSeen && auxiliary < 0) {
        auxiliary = i;
      }
      if (word.text().equals(",") && nominalSeen && auxiliary < 0 && i > MAX_SUBJECT) {
        break;
      }
      // The tagger sometimes reads a noun after an article as an adjective ("The leak").
      nominalSeen |= word.nominal() || (word.is("ADJ") && i > 0 && words.get(i - 1).is("DET"));
    }
    return auxiliary;
  }

  /**
   * A verb, or a past tense the tagger read as an adjective: "Harbor Bank fined customers" has
   * "fined" between a name and its object.
   */
  private static boolean isVerb(List<Word> words, int i) {
    Word word = words.get(i);
    if (word.is("VERB")) {
      return true;
    }
    return word.is("ADJ") && word.text().endsWith("ed") && i > 0 && i + 1 < words.size()
        && words.get(i - 1).is("PROPN", "NOUN", "PRON")
        && words.get(i + 1).is("DET", "NOUN", "PROPN", "NUM", "PRON", "SYM");
  }

  /** Keeps the subject short: its last noun phrase when it is long. */
  private static int subjectStart(List<Word> words, int verb) {
    int start = 0;
    if (verb - start > MAX_SUBJECT) {
      start = verb;
      while (start > 0 && verb - start < MAX_SUBJECT
          && words.get(start - 1).is("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "PART", "AUX",
              "ADV")) {
        start--;
      }
    }
    return start;
  }

  /** Ends the object at punctuation, a new clause, or a second prepositional phrase. */
  private static int objectEnd(List<Word> words, int verb) {
    int end = verb + 1;
    while (end < words.size() && words.get(end).is("PART", "ADV", "VERB", "AUX")
        && end - verb < 3) {
      end++;
    }
    int prepositions = 0;
    int objectWords = 0;
    while (end < words.size() && objectWords < MAX_OBJECT) {
      Word word = words.get(end);
      if (word.is("PUNCT", "CCONJ", "SCONJ")
          || CLAUSE_WORDS.contains(word.text().toLowerCase(java.util.Locale.ROOT))) {
        break;
      }
      if (word.is("ADP") && ++prepositions > 1) {
        break;
      }
      if (word.is("VERB") && objectWords > 0) {
        break;
      }
      objectWords++;
      end++;
    }
    // A label does not end on a preposition or article left hanging.
    while (end > verb + 1 && words.get(end - 1).is("ADP", "DET", "CCONJ", "PART")) {
      end--;
    }
    return end;
  }

  private static String fallback(List<Word> words) {
    List<Word> kept = words.subList(0, Math.min(words.size(), MAX_FALLBACK));
    String out = join(kept).replaceAll("[,;:.]$", "");
    return capitalise(words.size() > kept.size() ? out + "…" : out);
  }

  /** The words as the text spells them, with the text's spacing where words are adjacent. */
  private static String join(List<Word> words) {
    StringBuilder label = new StringBuilder();
    Word previous = null;
    for (Word word : words) {
      if (previous != null) {
        label.append(previous.span().end() == word.span().start() ? "" : " ");
      }
      label.append(word.text());
      previous = word;
    }
    return label.toString();
  }

  private static String capitalise(String label) {
    return label.isEmpty() ? label
        : Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }
}
