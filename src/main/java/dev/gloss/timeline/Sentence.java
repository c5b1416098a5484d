package dev.gloss.timeline;

import dev.gloss.model.Quote;
import dev.gloss.model.Span;
import dev.gloss.nlp.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A sentence as the timeline reads it: its written words and where the annotate stage found
 * quotes, dates and names in it. A quotation that stands as a whole ("...," she said) is one word
 * tagged {@code QUOTE}, so that what was said is read as the object of the saying, not as the
 * writer's own clause; words quoted inside the writer's clause (called it "a fairy tale") keep
 * their tags and are marked as quoted.
 *
 * @param words the written words, quote marks left out, a whole quotation as one word
 * @param written the written words with every quotation's words, quote marks left out
 * @param quotes the quotes the sentence holds, whole or in part
 * @param dates the spans of its date expressions that place something in time, not those that
 *     modify a noun ("a 2010 ballot measure")
 * @param names the spans where it names a person or organisation
 */
record Sentence(List<Word> words, List<Word> written, List<Quote> quotes, List<Span> dates,
    List<Span> names) {

  /** The tag of a word that stands for a whole quotation. */
  static final String QUOTE = "QUOTE";

  Sentence {
    words = List.copyOf(words);
    written = List.copyOf(written);
    quotes = List.copyOf(quotes);
    dates = List.copyOf(dates);
    names = List.copyOf(names);
  }

  /**
   * Reads a tagged sentence.
   *
   * @param tokens the tagger's tokens
   * @param quotes the quotes overlapping the sentence
   * @param dates the date expressions in it
   * @param names the name mentions in it
   */
  static Sentence read(List<Word> tokens, List<Quote> quotes, List<Span> dates, List<Span> names) {
    List<Word> words = new ArrayList<>();
    List<Word> written = WrittenWords.of(tokens);
    for (int i = 0; i < written.size(); i++) {
      Word word = written.get(i);
      if (isQuoteMark(word.text())) {
        continue;
      }
      Optional<Quote> quote = quotes.stream().filter(q -> q.span().contains(word.span()))
          .findFirst();
      if (quote.isPresent() && standsAlone(written, i, quote.get())) {
        int j = i;
        while (j + 1 < written.size() && quote.get().span().contains(written.get(j + 1).span())) {
          j++;
        }
        Span span = new Span(word.span().start(), written.get(j).span().end());
        words.add(new Word(quoteText(written.subList(i, j + 1)), span, QUOTE));
        i = j;
      } else {
        words.add(word);
      }
    }
    // A date that modifies a noun is part of the noun phrase ("a 2010 ballot measure"), so a
    // label keeps it; the others are the event's date, which the page shows on its own.
    List<Span> placing = dates.stream().filter(d -> !modifier(words, d)).toList();
    return new Sentence(words,
        written.stream().filter(x -> !isQuoteMark(x.text())).toList(), quotes, placing, names);
  }

  private static boolean modifier(List<Word> words, Span date) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).span().overlaps(date)) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    return first >= 0 && Grammar.modifiesNoun(words, first, last);
  }

  private static boolean isQuoteMark(String word) {
    return word.matches("[\"“”‘’']+");
  }

  /**
   * A quotation stands alone when nothing of the writer's clause comes before it: it opens the
   * sentence, follows a colon or comma, or began in an earlier sentence.
   */
  private static boolean standsAlone(List<Word> written, int first, Quote quote) {
    if (quote.span().start() < written.get(first).span().start()) {
      return first == 0 || isQuoteMark(written.get(first - 1).text()) && first == 1;
    }
    int before = first - 1;
    while (before >= 0 && isQuoteMark(written.get(before).text())) {
      before--;
    }
    return before < 0 || written.get(before).text().matches("[,:;—–]");
  }

  private static String quoteText(List<Word> words) {
    StringBuilder text = new StringBuilder();
    Word previous = null;
    for (Word word : words) {
      if (previous != null && previous.span().end() != word.span().start()) {
        text.append(' ');
      }
      text.append(word.text());
      previous = word;
    }
    return text.toString();
  }

  /** The written words a {@code QUOTE} word stands for. */
  List<Word> inside(Word quote) {
    return written.stream().filter(x -> quote.span().contains(x.span())).toList();
  }

  /** The quote a {@code QUOTE} word stands for. */
  Optional<Quote> quoteOf(Word word) {
    return quotes.stream().filter(q -> q.span().overlaps(word.span())).findFirst();
  }

  /** Whether the word is quoted inside the writer's clause. */
  boolean quoted(Word word) {
    return !word.is(QUOTE) && quotes.stream().anyMatch(q -> q.span().contains(word.span()));
  }

  /** Whether the word is part of a date expression. */
  boolean date(Word word) {
    return dates.stream().anyMatch(word.span()::overlaps);
  }

  /** The name mention that holds the word, if any. */
  Optional<Span> nameAt(Word word) {
    return names.stream().filter(n -> n.overlaps(word.span())).findFirst();
  }
}
