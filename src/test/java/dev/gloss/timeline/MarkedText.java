package dev.gloss.timeline;

import dev.gloss.model.Annotations;
import dev.gloss.model.Claim;
import dev.gloss.model.ClaimType;
import dev.gloss.model.DateMention;
import dev.gloss.model.Entity;
import dev.gloss.model.EntityType;
import dev.gloss.model.Quote;
import dev.gloss.model.QuoteKind;
import dev.gloss.model.Span;
import dev.gloss.model.Speaker;
import dev.gloss.model.SpeakerType;
import dev.gloss.nlp.Tagger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text written with its annotations inline, so that a table test reads as the sentence it is
 * about: {@code {March}} or {@code {last year=2025}} is a date (its value defaults to
 * {@code 2026-03-02}), {@code [Lorraine Haldane]} names a person, and words in curly quotes
 * ({@code “...”}) are a quotation by the speaker given. Sentences end at a full stop and a
 * space after a word of four letters or more, a number or a quote mark, or at the end.
 *
 * @param text the text with the marks taken out (the curly quote marks stay, as in an article)
 * @param sentences the sentences' spans
 * @param dates the dates
 * @param names the people named
 * @param quotes the quotations
 */
record MarkedText(String text, List<Span> sentences, List<DateMention> dates, List<Span> names,
    List<Quote> quotes) {

  /** A full stop after a word of four letters or more: "Gov. Ramon" goes on. */
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=\\p{L}{4}|\\d|[”\"])\\.(?: |\n\n)");
  private static final Pattern MARK = Pattern.compile("\\{([^}=]+)(?:=([^}]+))?}|\\[([^\\]]+)]");

  static MarkedText of(String marked) {
    return of(marked, null);
  }

  /** The text, its quotations said by {@code speaker} (unknown when null). */
  static MarkedText of(String marked, String speaker) {
    StringBuilder text = new StringBuilder();
    List<DateMention> dates = new ArrayList<>();
    List<Span> names = new ArrayList<>();
    Matcher m = MARK.matcher(marked);
    int last = 0;
    while (m.find()) {
      text.append(marked, last, m.start());
      int start = text.length();
      String words = m.group(1) != null ? m.group(1) : m.group(3);
      text.append(words);
      Span span = new Span(start, text.length());
      if (m.group(1) != null) {
        dates.add(new DateMention("d" + (dates.size() + 1), span, words,
            m.group(2) == null ? "2026-03-02" : m.group(2), List.of()));
      } else {
        names.add(span);
      }
      last = m.end();
    }
    text.append(marked.substring(last));
    String plain = text.toString();
    List<Quote> quotes = new ArrayList<>();
    for (int open = plain.indexOf('“'); open >= 0; open = plain.indexOf('“', open + 1)) {
      int close = plain.indexOf('”', open);
      Speaker by = speaker == null ? Speaker.UNKNOWN
          : new Speaker(speaker, SpeakerType.PERSON, null);
      quotes.add(new Quote("q" + (quotes.size() + 1), new Span(open + 1, close),
          plain.substring(open + 1, close), by, "said", null, QuoteKind.DIRECT));
    }
    List<Span> sentences = new ArrayList<>();
    int start = 0;
    Matcher end = SENTENCE_END.matcher(plain);
    while (end.find()) {
      sentences.add(new Span(start, end.start() + 1));
      start = end.end();
    }
    sentences.add(new Span(start, plain.length()));
    return new MarkedText(plain, sentences, dates, names, quotes);
  }

  /** The first sentence as the timeline reads it. */
  Sentence sentence() {
    Span span = sentences.get(0);
    return Sentence.read(Tagger.tag(text, span), quotes,
        dates.stream().map(DateMention::span).filter(span::contains).toList(),
        names.stream().filter(span::contains).toList());
  }

  /**
   * The label of the clause the first date is in, or of the main clause when there is no date:
   * the label the timeline gives an event dated there.
   */
  String dateLabel() {
    Sentence sentence = sentence();
    Clauses clauses = ClauseFinder.find(sentence);
    if (dates.isEmpty()) {
      return EventLabeler.label(clauses, 0);
    }
    for (int i = 0; i < sentence.words().size(); i++) {
      if (sentence.words().get(i).span().overlaps(dates.get(0).span())) {
        return EventLabeler.label(clauses, clauses.ownerOf(i));
      }
    }
    throw new IllegalStateException("no word of the date " + dates.get(0).text());
  }

  /**
   * Annotations of the text: each sentence a claim of the type given for it (the last type given
   * for the sentences after), every name a person.
   */
  Annotations annotations(ClaimType... types) {
    List<Claim> claims = new ArrayList<>();
    for (Span sentence : sentences) {
      ClaimType type = types[Math.min(claims.size(), types.length - 1)];
      claims.add(new Claim("c" + (claims.size() + 1), sentence, sentence.of(text), type, 0.8,
          null, List.of()));
    }
    List<Entity> entities = names.stream()
        .map(n -> new Entity(n.of(text), EntityType.PERSON, null, List.of(n))).toList();
    return new Annotations(sentences, quotes, claims, entities, dates);
  }
}
