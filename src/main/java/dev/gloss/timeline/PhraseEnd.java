package dev.gloss.timeline;

import dev.gloss.nlp.Word;
import java.util.List;

/**
 * Where a label may stop so that it reads as a complete phrase: never on a determiner,
 * preposition, conjunction, auxiliary, "to", a possessive or a hyphen, and never inside a noun
 * phrase ("let nine Bay Area" of "nine Bay Area and Southern California counties").
 */
final class PhraseEnd {

  private PhraseEnd() {
  }

  /**
   * The end of a complete phrase in {@code words} from {@code from}, at {@code natural} when
   * that is no more than {@code max} words on, else at the last phrase boundary within them.
   */
  static int cut(List<Word> words, int from, int natural, int max) {
    int end = natural;
    if (end - from > max) {
      int best = -1;
      for (int p = from + 1; p <= from + max; p++) {
        if (boundary(words, p) && canEnd(words, p)) {
          best = p;
        }
      }
      end = best > 0 ? best : from + max;
    }
    while (end > from && !canEnd(words, end)) {
      end--;
    }
    // Nothing complete within the budget: the whole first phrase, rather than a verb left bare.
    for (int p = from + 1; end == from && p <= natural; p++) {
      if (canEnd(words, p)) {
        end = p;
      }
    }
    return end;
  }

  /** Whether a phrase may end just before {@code end}. */
  static boolean canEnd(List<Word> words, int end) {
    if (end == 0) {
      return true;
    }
    Word last = words.get(end - 1);
    Word next = end < words.size() ? words.get(end) : null;
    String lower = Grammar.lower(last);
    if (last.text().endsWith("-") || Grammar.separator(last)) {
      return false;
    }
    if (lower.equals("that") && !last.is("DET")) {
      // "a statute that": the pronoun opens a clause the label would leave out.
      return next == null || next.text().matches("[.!?]+");
    }
    if (last.is("DET")) {
      // "disputed that.": a demonstrative closing the sentence stands for something.
      return lower.matches("that|this|these|those") && (next == null || !Grammar.nominal(next)
          && !next.is("ADJ"));
    }
    if (last.is("ADP")) {
      // "the lights were still on in both offices": an adposition with no object of its own.
      boolean bare = next == null || next.text().matches("[.!?]+")
          || next.is("ADP") && !Grammar.lower(next).equals("of") && (end + 1 >= words.size()
              || !words.get(end + 1).is("NUM"));
      return bare || Grammar.PARTICLES.contains(lower) && end >= 2 && Grammar.verb(words, end - 2);
    }
    if (last.is("CCONJ", "SCONJ", "AUX", "PART") || lower.matches("to|as|cannot")
        || Grammar.RELATIVE.contains(lower) || Grammar.possessive(last)) {
      return false;
    }
    if (next != null && Grammar.lower(next).matches("as|than") && last.is("ADV", "ADJ")) {
      // "by as much | as 40%": a comparison is not complete without what it compares with.
      return false;
    }
    return next == null || !continuesNounPhrase(last, next, end + 1 < words.size()
        ? words.get(end + 1) : null);
  }

  /** Whether {@code next} carries on the noun phrase {@code last} is in. */
  private static boolean continuesNounPhrase(Word last, Word next, Word after) {
    if (!last.is("DET", "ADJ", "NUM", "NOUN", "PROPN", "SYM")) {
      return false;
    }
    if (Grammar.lower(next).equals("of") && last.is("NOUN")) {
      // "the use | of a lakeside cabin": what the noun is of belongs to it.
      return true;
    }
    return next.is("NOUN", "PROPN", "NUM") || Grammar.possessive(next)
        || next.is("ADJ") && after != null && after.is("NOUN", "PROPN")
        || next.is("CCONJ") && after != null && after.is("ADJ", "NOUN", "PROPN", "NUM")
            && last.is("PROPN", "ADJ", "NUM");
  }

  /** Whether a new phrase starts at {@code p}: a preposition, verb, conjunction or separator. */
  private static boolean boundary(List<Word> words, int p) {
    if (p >= words.size()) {
      return true;
    }
    Word word = words.get(p);
    return word.is("ADP", "VERB", "CCONJ", "SCONJ", "PART") || Grammar.separator(word)
        || Grammar.RELATIVE.contains(Grammar.lower(word)) || Grammar.lower(word).equals("that");
  }
}
