package dev.gloss.annotate;

import dev.gloss.model.Quote;
import dev.gloss.model.QuoteKind;
import dev.gloss.model.Span;
import dev.gloss.model.Speaker;
import dev.gloss.model.SpeakerType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds quotations, tells direct quotes from partial and scare quotes, and attributes each to a
 * speaker.
 */
final class QuoteAnnotator {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019-]*");
  private static final Pattern SPEECH_BEFORE = Pattern.compile(
      "\\b(?<!so-)(?:" + SpeakerFinder.CUE + "|as)\\b[^.!?]*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ENDS_WITH_CUE = Pattern.compile(
      "\\b" + SpeakerFinder.CUE + "$", Pattern.CASE_INSENSITIVE);
  private static final int MAX_SCARE_WORDS = 3;
  private static final Pattern CLOSING_MARK = Pattern.compile("[\"\u201d\u2019']");
  private static final Pattern SO_CALLED = Pattern.compile("(?i)\\bso[- ]called$");
  private static final Pattern ACCORDING = Pattern.compile("(?i)\\baccording to\\b");

  private final SubjectFinder subjects = new SubjectFinder();

  List<Quote> annotate(String text, List<Span> sentences, NameBook names) {
    SpeakerFinder articleFinder = new SpeakerFinder(names, new RoleBook(text), 0);
    List<Quote> quotes = new ArrayList<>();
    Speaker lastPerson = null;
    Quote previous = null;
    for (QuoteMarks.Marked marked : QuoteMarks.find(text)) {
      Span content = marked.content();
      if (content.length() == 0) {
        continue;
      }
      SpeakerFinder finder = articleFinder.at(marked.open());
      Span openSentence = sentenceAt(sentences, marked.open(), text.length());
      int closeAt = Math.min(content.end() + (marked.closed() ? 1 : 0), text.length());
      Span closeSentence = sentenceAt(sentences, Math.max(content.end() - 1, content.start()),
          text.length());
      String before = text.substring(openSentence.start(), marked.open());
      String after = text.substring(closeAt, Math.max(closeAt, closeSentence.end()));
      boolean afterIsNextSentence = after.isBlank();
      if (afterIsNextSentence) {
        // "...the tool." Niko Felix, OpenAI rep, told Variety. The attribution is a sentence of
        // its own when the quote ends with a full stop.
        Span next = sentenceAt(sentences, closeSentence.end() + 1, text.length());
        if (next.length() > 0 && !text.substring(closeSentence.end(), next.start()).contains("\n")) {
          after = text.substring(closeAt, next.end());
        }
      }
      String quoted = content.of(text);
      int words = countWords(quoted);

      QuoteKind kind = kind(before, quoted, words);
      if (kind == QuoteKind.SCARE && ACCORDING.matcher(text.substring(openSentence.start(),
          Math.max(openSentence.end(), closeSentence.end()))).find()) {
        // "had been "caught off guard," according to Dev Malhotra": a source makes it speech.
        kind = QuoteKind.PARTIAL;
      }
      SpeakerFinder.Attribution attribution = null;
      if (kind != QuoteKind.SCARE) {
        // The next sentence names the speaker of a quote that ends its own only when the quote's
        // sentence does not: 'Ashdown told reporters: "No." Bryce said ...' is Ashdown's.
        attribution = kind == QuoteKind.PARTIAL || afterIsNextSentence
            ? firstOf(finder.before(before), finder.after(after))
            : firstOf(finder.after(after), finder.before(before));
        if (attribution == null) {
          attribution = finder.accordingTo(text.substring(openSentence.start(),
              Math.max(openSentence.end(), closeSentence.end())));
        }
        if (attribution == null && !before.isBlank()) {
          // No verb of speech next to the quote: whoever the sentence is about said it.
          attribution = finder.subjectOf(before, subjects);
        }
      }
      Speaker speaker = Speaker.UNKNOWN;
      String cue = null;
      String addressee = null;
      if (attribution != null) {
        cue = attribution.cue();
        addressee = attribution.addressee();
        speaker = attribution.speaker() != null ? attribution.speaker()
            : resolvePronoun(attribution.pronoun(), lastPerson, previous, text,
                marked.open(), names,
                previousSubject(text, sentences, openSentence, finder));
      } else if (kind == QuoteKind.DIRECT) {
        // 'Achterberg denied that anyone had lied. "Nobody sat in a room..."': a quote standing
        // as a sentence of its own is the words of whom the sentence before it is about.
        Speaker subject = before.isBlank() && !previousSentenceQuotes(sentences, openSentence,
            previous) ? previousSubject(text, sentences, openSentence, finder) : null;
        Speaker turn = Interview.nextTurn(text, quotes, marked, names);
        if (turn != null) {
          speaker = turn;
        } else if (subject != null && subject.isKnown()) {
          speaker = subject;
        } else if (previous != null && previous.speaker().isKnown()
            && continuesPrevious(text, sentences, previous, marked, names)) {
          speaker = previous.speaker();
        }
      }
      if (speaker.type() == SpeakerType.ORGANIZATION && speaker.name().startsWith("the ")) {
        String named = names.organisationBefore(text, marked.open(), speaker.name().substring(4));
        if (named != null) {
          speaker = new Speaker(named, SpeakerType.ORGANIZATION, speaker.role());
        }
      }
      if (kind == QuoteKind.DIRECT && words <= MAX_SCARE_WORDS && attribution == null
          && !quoted.matches("(?s).*[.!?,]$")) {
        kind = QuoteKind.SCARE;
        speaker = Speaker.UNKNOWN;
      }
      Quote quote = new Quote("q" + (quotes.size() + 1), content, quoted, speaker, cue, addressee,
          kind);
      quotes.add(quote);
      if (speaker.type() == SpeakerType.PERSON) {
        lastPerson = speaker;
      }
      if (kind != QuoteKind.SCARE) {
        previous = quote;
      }
    }
    return echoes(quotes);
  }

  /**
   * A partial quote whose words the article also quotes in full ("calling their roles "PR
   * puppets"" before the letter's own "...PR puppets, training data...") is the same source.
   */
  private static List<Quote> echoes(List<Quote> quotes) {
    List<Quote> result = new ArrayList<>(quotes);
    for (int i = 0; i < result.size(); i++) {
      Quote quote = result.get(i);
      String words = quote.text().replaceAll("[\\p{P}\\s]+$", "").strip();
      if (quote.kind() != QuoteKind.PARTIAL || countWords(words) < 2) {
        continue;
      }
      for (Quote other : quotes) {
        if (other != quote && other.kind() == QuoteKind.DIRECT && other.speaker().isKnown()
            && other.text().contains(words)) {
          result.set(i, new Quote(quote.id(), quote.span(), quote.text(), other.speaker(),
              quote.cue(), quote.addressee(), quote.kind()));
          break;
        }
      }
    }
    return result;
  }

  private static QuoteKind kind(String before, String quoted, int words) {
    String trimmed = before.stripTrailing();
    char last = trimmed.isEmpty() ? '\n' : trimmed.charAt(trimmed.length() - 1);
    boolean opensStatement = trimmed.isEmpty() || ":,\u2014\u2013.!?\"\u201d".indexOf(last) >= 0
        || ENDS_WITH_CUE.matcher(trimmed).find();
    boolean startsUpper = !quoted.isEmpty() && (Character.isUpperCase(quoted.codePointAt(0))
        || !Character.isLetter(quoted.codePointAt(0)));
    // '"We will," he said, "fight on."' goes on with a statement; 'The bill, he said, "spends
    // too much"' quotes a few words of one.
    boolean resumesQuote = last == ',' && CLOSING_MARK.matcher(trimmed).find();
    if (opensStatement && (startsUpper || resumesQuote)) {
      return QuoteKind.DIRECT;
    }
    if (SO_CALLED.matcher(trimmed).find()) {
      // 'The study said the so-called "revenge bedtime" habit...': a label, whoever speaks.
      return QuoteKind.SCARE;
    }
    if (words <= MAX_SCARE_WORDS && !SPEECH_BEFORE.matcher(before).find()) {
      return QuoteKind.SCARE;
    }
    return QuoteKind.PARTIAL;
  }

  /**
   * A quote with no attribution of its own goes on from the last one in the same passage: in
   * the same paragraph when no one else is named between them, however long the attribution
   * ("...," said Benita Olufemi, an organizer with ..., who had driven to Sacramento. "We
   * testified."), or at the start of the next paragraph after a short gap.
   */
  private static boolean continuesPrevious(String text, List<Span> sentences, Quote previous,
      QuoteMarks.Marked marked, NameBook names) {
    String between = text.substring(Math.min(previous.span().end() + 1, marked.open()),
        marked.open());
    int paragraphBreaks = between.split("\n\n", -1).length - 1;
    if (paragraphBreaks == 0) {
      // Names in the previous quote's own attribution ("told Judge Samuel Ortiz") are not
      // someone else speaking; only the sentences after it could hand the quote on.
      int from = Math.min(sentenceAt(sentences, Math.max(previous.span().end() - 1, 0),
          text.length()).end(), marked.open());
      for (String run : Names.runs(text.substring(from, marked.open()))) {
        String name = Names.clean(run);
        if (Names.canName(name) && names.isKnownPerson(name)
            && !names.canonical(name).equals(previous.speaker().name())) {
          return false;
        }
      }
      return true;
    }
    return paragraphBreaks == 1 && countWords(between) <= 25;
  }

  /**
   * Who a pronoun stands for. "it" and "they", and an unnamed spokesperson, stand for the document
   * or organisation the previous sentence was about ("The study found ... It said"), else the
   * last one quoted. "he" and "she" stand for the person the previous sentence was about if the
   * gender allows, else for the person named most recently before the quote whose gender is
   * known to match, else for the nearest one whose gender does not rule them out.
   */
  private static Speaker resolvePronoun(@Nullable String pronoun, @Nullable Speaker lastPerson,
      @Nullable Quote previous, String text, int at, NameBook names,
      @Nullable Speaker previousSubject) {
    boolean spokesperson = SpeakerFinder.SPOKESPERSON_PRONOUN.equals(pronoun);
    if (spokesperson || pronoun != null && pronoun.matches("(?i)it|they|we")) {
      if (previousSubject != null && previousSubject.isKnown()
          && previousSubject.type() != SpeakerType.PERSON) {
        return previousSubject;
      }
      if (previous != null && previous.speaker().type() != SpeakerType.PERSON
          && previous.speaker().isKnown()) {
        return previous.speaker();
      }
      if (spokesperson) {
        return lastOrganisation(text.substring(0, at), names);
      }
    }
    Gender wanted = pronoun == null ? Gender.UNKNOWN
        : pronoun.equalsIgnoreCase("he") ? Gender.MALE
        : pronoun.equalsIgnoreCase("she") ? Gender.FEMALE : Gender.UNKNOWN;
    if (wanted != Gender.UNKNOWN && previousSubject != null
        && previousSubject.type() == SpeakerType.PERSON
        && names.gender(previousSubject.name()).fits(wanted)) {
      return previousSubject;
    }
    List<String> runs = Names.runs(text.substring(0, at));
    Speaker nearest = null;
    for (int i = runs.size() - 1; i >= 0; i--) {
      String name = Names.clean(runs.get(i));
      if (!Names.canName(name) || !names.isKnownPerson(name)) {
        continue;
      }
      Gender gender = names.gender(names.canonical(name));
      Speaker candidate = new Speaker(names.canonical(name), SpeakerType.PERSON, null);
      if (wanted != Gender.UNKNOWN && gender == wanted) {
        return candidate;
      }
      if (nearest == null && gender.fits(wanted)) {
        nearest = candidate;
        if (wanted == Gender.UNKNOWN) {
          return nearest;
        }
      }
    }
    if (nearest != null) {
      return nearest;
    }
    return lastPerson != null && names.gender(lastPerson.name()).fits(wanted) ? lastPerson
        : Speaker.UNKNOWN;
  }

  /** The organisation named last in a stretch of text, or unknown. */
  private static Speaker lastOrganisation(String before, NameBook names) {
    List<String> runs = Names.runs(before);
    for (int i = runs.size() - 1; i >= 0; i--) {
      String run = Names.trimPossessive(runs.get(i)).replaceFirst("^The\\s+", "");
      if (Names.canName(Names.clean(run)) && names.typeOf(run) == SpeakerType.ORGANIZATION
          && !Names.clean(run).isBlank() && Organisations.isOrganisation(run)) {
        return new Speaker(names.canonical(run), SpeakerType.ORGANIZATION, null);
      }
    }
    return Speaker.UNKNOWN;
  }

  /** Whether the last quote found ends in the sentence before this one: its subject is not news. */
  private static boolean previousSentenceQuotes(List<Span> sentences, Span current,
      @Nullable Quote previous) {
    if (previous == null) {
      return false;
    }
    Span before = null;
    for (Span sentence : sentences) {
      if (sentence.start() >= current.start()) {
        break;
      }
      before = sentence;
    }
    return before != null && previous.span().end() > before.start();
  }

  /** The speaker the previous sentence of the same paragraph names as its subject, if any. */
  private @Nullable Speaker previousSubject(String text, List<Span> sentences, Span current,
      SpeakerFinder finder) {
    Span previous = null;
    for (Span sentence : sentences) {
      if (sentence.start() >= current.start()) {
        break;
      }
      previous = sentence;
    }
    if (previous == null || text.substring(previous.end(), current.start()).contains("\n\n")) {
      return null;
    }
    SpeakerFinder.Attribution subject = finder.subjectOf(previous.of(text), subjects);
    return subject == null ? null : subject.speaker();
  }

  private static SpeakerFinder.@Nullable Attribution firstOf(
      SpeakerFinder.@Nullable Attribution first, SpeakerFinder.@Nullable Attribution second) {
    return first != null ? first : second;
  }

  private static Span sentenceAt(List<Span> sentences, int offset, int textLength) {
    for (Span sentence : sentences) {
      if (sentence.start() <= offset && offset < sentence.end()) {
        return sentence;
      }
    }
    return new Span(Math.min(offset, textLength), Math.min(offset, textLength));
  }

  static int countWords(String text) {
    int count = 0;
    var matcher = WORD.matcher(text);
    while (matcher.find()) {
      count++;
    }
    return count;
  }
}
