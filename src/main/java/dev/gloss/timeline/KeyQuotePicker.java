package dev.gloss.timeline;

import dev.gloss.model.KeyQuote;
import dev.gloss.model.Quote;
import dev.gloss.model.QuoteKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Picks the most substantive direct quotes: attributed, long enough to say something, and, of
 * several by one speaker, the longest first so that one voice does not fill the box.
 */
final class KeyQuotePicker {

  private static final int MIN_WORDS = 6;
  private static final int MAX_QUOTES = 4;
  private static final int MAX_WORDS = 60;

  private KeyQuotePicker() {
  }

  static List<KeyQuote> pick(List<Quote> quotes) {
    List<Quote> candidates = quotes.stream()
        .filter(q -> q.kind() == QuoteKind.DIRECT && q.speaker().isKnown())
        .filter(q -> Abbreviate.wordCount(q.text()) >= MIN_WORDS)
        .sorted(Comparator.comparingInt((Quote q) -> -substance(q))
            .thenComparing(q -> q.span().start()))
        .toList();
    List<Quote> chosen = new ArrayList<>();
    List<String> speakers = new ArrayList<>();
    // First pass: one quote a speaker; second pass fills what is left.
    for (int pass = 0; pass < 2 && chosen.size() < MAX_QUOTES; pass++) {
      for (Quote q : candidates) {
        if (chosen.size() == MAX_QUOTES || chosen.contains(q)) {
          continue;
        }
        if (pass == 1 || !speakers.contains(q.speaker().name())) {
          chosen.add(q);
          speakers.add(q.speaker().name());
        }
      }
    }
    chosen.sort(Comparator.comparing(Quote::span));
    List<KeyQuote> picked = new ArrayList<>();
    for (Quote q : chosen) {
      picked.add(new KeyQuote("kq" + (picked.size() + 1), Abbreviate.words(q.text(), MAX_WORDS),
          q.speaker(), q.id()));
    }
    return picked;
  }

  /** Longer says more, up to a point; a number makes a quote checkable. */
  private static int substance(Quote quote) {
    int score = Math.min(Abbreviate.wordCount(quote.text()), 40);
    return quote.text().matches("(?s).*\\d.*") ? score + 5 : score;
  }

}
