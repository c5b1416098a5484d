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
 * ("300 artists", "310 passengers a night"), with currency signs, scales ("billion"), percentages
 * and tallies ("2-1") kept with the number. A number with no noun after it ("loses the city
 * roughly $1,900") is told by the clause it is the object of: "each late crossing loses the city";
 * one compared with the figure before it ("against more than 4,000") counts what that one counts.
 * Numbers inside date expressions are dates, not figures.
 */
final class KeyFigureFinder {

  /** Words that, though tagged as numbers, do not state a quantity worth a box. */
  private static final Set<String> NOT_FIGURES = Set.of("one", "once", "zero");
  private static final Set<String> SCALES = Set.of("hundred", "thousand", "million", "billion",
      "trillion", "bn", "m", "k", "dozen");
  private static final Set<String> UNITS = Set.of("%", "percent", "per", "cent", "pc");
  private static final int MAX_COUNTS = 4;
  private static final int MAX_CONTEXT = 10;
  /** Words between a verb and its number that say how much, not what: "roughly", "as much as". */
  private static final Set<String> AMOUNT_WORDS = Set.of("about", "roughly", "nearly", "almost",
      "around", "some", "approximately", "over", "under", "more", "less", "fewer", "than", "as",
      "much", "many", "up", "to", "by", "of", "from", "at", "least", "most", "an", "a", "average",
      "total", "just", "only", "estimated", "another", "extra", "additional", "close", "upwards",
      "below", "above", "between", "and");
  /** Words that open a clause of their own, so that what comes before them is another's. */
  private static final Set<String> CLAUSE_OPENERS = Set.of("that", "because", "while",
      "although", "though", "if", "when", "whereas", "which", "who", "whom", "after", "before");

  private KeyFigureFinder() {
  }

  static List<KeyFigure> find(String text, Annotations annotations, Anchors anchors) {
    List<KeyFigure> figures = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    BitSet dated = new BitSet(text.length());
    annotations.dates().forEach(d -> dated.set(d.span().start(), d.span().end()));
    for (Claim claim : annotations.claims()) {
      List<Word> words = anchors.words(claim.span());
      String previousCounts = "";
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
        // "ruled 2-1": a tally is one figure.
        if (joinsWords(words, end) && isNumber(words.get(end + 1))) {
          end += 2;
        }
        if (!worthABox(words, start, end)) {
          i = end - 1;
          continue;
        }
        String number = join(text, words.get(start).span(), words.get(end - 1).span());
        String counts = counts(text, words, end, dated);
        if (counts.isEmpty()) {
          counts = context(text, words, start, dated);
        }
        if (counts.isEmpty()) {
          counts = previousCounts;
        }
        previousCounts = counts;
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

  /**
   * The noun phrase after the number: adjectives and nouns, an "of" phrase after them, and a rate
   * ("a night"), up to a date; "$1.5 million-per-visit fee" counts a "per-visit fee".
   */
  private static String counts(String text, List<Word> words, int number, BitSet dated) {
    int from = number;
    if (joinsWords(words, from)) {
      from++;
    }
    int end = from;
    int taken = 0;
    while (end < words.size() && taken < MAX_COUNTS) {
      Word word = words.get(end);
      boolean ofPhrase = word.text().equalsIgnoreCase("of") && end + 1 < words.size()
          && words.get(end + 1).is("NOUN", "PROPN", "ADJ", "DET");
      // "300 artists and filmmakers": one count of two kinds of thing.
      boolean pair = taken > 0 && word.is("CCONJ") && end + 1 < words.size()
          && words.get(end + 1).is("NOUN");
      if (inDate(word.span(), dated) || !(word.is("NOUN", "ADJ", "PROPN") || ofPhrase || pair
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

  /**
   * The clause a number is the object of, up to the number: its subject, verb group and what
   * stands between ("the state would have lent the agencies"), or "" when no verb comes before it
   * in its clause.
   */
  private static String context(String text, List<Word> words, int number, BitSet dated) {
    int end = number;
    while (end > 0 && AMOUNT_WORDS.contains(lower(words.get(end - 1)))) {
      end--;
    }
    int boundary = end;
    while (boundary > 0 && !endsClause(words.get(boundary - 1), dated)) {
      boundary--;
    }
    int verb = end - 1;
    while (verb >= boundary && !words.get(verb).is("VERB", "AUX")) {
      verb--;
    }
    if (verb < boundary) {
      return "";
    }
    while (verb > boundary && words.get(verb - 1).is("AUX", "PART", "ADV")) {
      verb--;
    }
    int subject = verb;
    if (subject > boundary && words.get(subject - 1).is("PRON")) {
      subject--;
    } else {
      while (subject > boundary && words.get(subject - 1).is("DET", "ADJ", "NOUN", "PROPN",
          "NUM", "PART", "ADP", "PUNCT")) {
        subject--;
      }
      while (subject < verb && words.get(subject).is("ADP", "PUNCT")) {
        subject++;
      }
    }
    int from = end - subject > MAX_CONTEXT ? verb : subject;
    if (from >= end || end - from > MAX_CONTEXT) {
      return "";
    }
    String context = join(text, words.get(from).span(), words.get(end - 1).span());
    return words.get(from).is("PROPN") || words.get(from).text().equals("I") ? context
        : context.substring(0, 1).toLowerCase(Locale.ROOT) + context.substring(1);
  }

  /** A comma, a dash, a figure or a word that opens a clause ends the clause before it. */
  private static boolean endsClause(Word word, BitSet dated) {
    return word.text().matches("[,;:()\u2014\u2013]|--")
        || CLAUSE_OPENERS.contains(lower(word)) && word.is("SCONJ", "PRON")
        || isNumber(word) && !inDate(word.span(), dated);
  }

  /** Whether word {@code at} is a hyphen or en dash written between two words, spaceless. */
  private static boolean joinsWords(List<Word> words, int at) {
    if (at < 1 || at + 1 >= words.size()) {
      return false;
    }
    String dash = words.get(at).text();
    Span span = words.get(at).span();
    return (dash.equals("-") || dash.equals("\u2013"))
        && words.get(at - 1).span().end() == span.start()
        && span.end() == words.get(at + 1).span().start();
  }

  private static String join(String text, Span first, Span last) {
    return text.substring(first.start(), last.end()).replaceAll("\\s+", " ");
  }

  private static String lower(Word word) {
    return word.text().toLowerCase(Locale.ROOT);
  }
}
