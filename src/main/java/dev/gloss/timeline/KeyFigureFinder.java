package dev.gloss.timeline;

import dev.gloss.model.Annotations;
import dev.gloss.model.Claim;
import dev.gloss.model.KeyFigure;
import dev.gloss.model.Span;
import dev.gloss.nlp.Word;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the numbers in an article's claims and what each counts: the noun phrase after the number
 * ("300 artists"), with currency signs, scales ("billion") and percentages kept with the number.
 * Numbers inside date expressions are dates, not figures.
 */
final class KeyFigureFinder {

  /** Words that, though tagged as numbers, do not state a quantity worth a box. */
  private static final Set<String> NOT_FIGURES = Set.of("one", "once", "zero");
  private static final Set<String> SCALES = Set.of("hundred", "thousand", "million", "billion",
      "trillion", "bn", "m", "k", "dozen");
  private static final Set<String> UNITS = Set.of("%", "percent", "per", "cent", "pc");
  private static final int MAX_COUNTS = 4;

  private KeyFigureFinder() {
  }

  static List<KeyFigure> find(String text, Annotations annotations, Anchors anchors) {
    List<KeyFigure> figures = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    BitSet dated = new BitSet(text.length());
    annotations.dates().forEach(d -> dated.set(d.span().start(), d.span().end()));
    for (Claim claim : annotations.claims()) {
      List<Word> words = anchors.words(claim.span());
      for (int i = 0; i < words.size(); i++) {
        if (!isNumber(words.get(i)) || inDate(words.get(i).span(), dated)) {
          continue;
        }
        int start = i;
        if (start > 0 && words.get(start - 1).text().matches("[$£€¥]|US\\$|A\\$")) {
          start--;
        }
        int end = i + 1;
        while (end < words.size() && (isNumber(words.get(end))
            || SCALES.contains(lower(words.get(end))) || UNITS.contains(lower(words.get(end))))) {
          end++;
        }
        if (!worthABox(words, start, end)) {
          i = end - 1;
          continue;
        }
        String number = join(text, words.get(start).span(), words.get(end - 1).span());
        String counts = counts(text, words, end);
        if (seen.add(number + "|" + counts)) {
          figures.add(new KeyFigure("fig" + (figures.size() + 1), number, counts, claim.id(),
              claim.text()));
        }
        i = end - 1;
      }
    }
    return figures;
  }

  private static boolean isNumber(Word word) {
    return (word.is("NUM") || word.text().matches("\\d[\\d,.]*%?"))
        && !NOT_FIGURES.contains(lower(word));
  }

  /**
   * Whether a number found is worth a box: "two Democrats" or "nine counties" is a count of the
   * kind every sentence has; a small number spelled out counts only with a scale or a unit.
   */
  private static boolean worthABox(List<Word> words, int start, int end) {
    boolean spelled = words.subList(start, end).stream()
        .noneMatch(w -> w.text().matches(".*\\d.*"));
    boolean scaled = words.subList(start, end).stream()
        .anyMatch(w -> SCALES.contains(lower(w)) || UNITS.contains(lower(w)));
    return !spelled || scaled;
  }

  private static boolean inDate(Span span, BitSet dated) {
    int next = dated.nextSetBit(span.start());
    return next >= 0 && next < span.end();
  }

  /** The noun phrase after the number: adjectives and nouns, and an "of" phrase after them. */
  private static String counts(String text, List<Word> words, int from) {
    int end = from;
    int taken = 0;
    while (end < words.size() && taken < MAX_COUNTS) {
      Word word = words.get(end);
      boolean ofPhrase = word.text().equalsIgnoreCase("of") && end + 1 < words.size()
          && words.get(end + 1).is("NOUN", "PROPN", "ADJ", "DET");
      // "300 artists and filmmakers": one count of two kinds of thing.
      boolean pair = taken > 0 && word.is("CCONJ") && end + 1 < words.size()
          && words.get(end + 1).is("NOUN");
      if (!(word.is("NOUN", "ADJ", "PROPN") || ofPhrase || pair
          || (taken > 0 && word.is("DET")))) {
        break;
      }
      end++;
      taken++;
    }
    while (end > from && words.get(end - 1).is("DET", "ADP")) {
      end--;
    }
    return end == from ? "" : join(text, words.get(from).span(), words.get(end - 1).span());
  }

  private static String join(String text, Span first, Span last) {
    return text.substring(first.start(), last.end()).replaceAll("\\s+", " ");
  }

  private static String lower(Word word) {
    return word.text().toLowerCase(Locale.ROOT);
  }
}
