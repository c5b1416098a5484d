package dev.gloss.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Gives each line of a page its {@link LineKind} from the line's own shape (length, how it ends,
 * a credit, a copyright sign, a known wrapper phrase, a prompt or promotion that speaks to the
 * reader, a line said in two languages), then from its neighbours: the lines of a picture
 * ({@link CaptionLines}) and of a box ({@link BoxLines}).
 */
final class LineClassifier {

  private static final int MIN_PROSE_WORDS = 10;
  private static final int LONG_LINE_WORDS = 25;
  /** Furniture is short; a long line that happens to start like a phrase is still prose. */
  private static final int MAX_PHRASE_LINE_WORDS = 15;
  /**
   * A prompt that holds a known phrase and speaks to the reader ("Sign up for the Morning Rundown
   * and get the day's top stories in your inbox.") may run this long; so may a line of phrases.
   */
  private static final int MAX_PROMPT_WORDS = 40;
  /** "Also Read | Another story's headline": a label, a link marker, a headline of a few words. */
  private static final Pattern INLINE_LINK =
      Pattern.compile("^[^|\u00bb\u203a]{1,30}\\s[|\u00bb\u203a]\\s*\\S+(?:\\s+\\S+){2,}$");
  private static final Pattern SENTENCE_BREAK =
      Pattern.compile("(?<=[.!?][\"'\u201d\u2019)]?)\\s+(?=[\\p{Lu}\"'\u201c\u2018])");

  private final PhraseList wrapperPhrases;
  /** A verb of the phrase list's {@code [prompt-verbs]} opening a line: "Get ...", "Turn on". */
  private final Pattern promptVerb;

  LineClassifier(PhraseList wrapperPhrases) {
    this.wrapperPhrases = wrapperPhrases;
    this.promptVerb = Pattern.compile("\\W*" + wrapperPhrases.alternation("prompt-verbs")
        + "\\s+(?=\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Each line's kind, same indices; captions are paired with their lone credits. */
  List<LineKind> classify(List<SourceLine> lines) {
    List<LineKind> kinds = new ArrayList<>(lines.size());
    for (SourceLine line : lines) {
      kinds.add(kindOf(line));
    }
    CaptionLines.mark(lines, kinds);
    BoxLines.mark(lines, kinds);
    return kinds;
  }

  private LineKind kindOf(SourceLine line) {
    String text = line.text();
    if (CopyrightLine.parse(text).isPresent()) {
      return LineKind.COPYRIGHT;
    }
    Optional<LineKind> furniture = furniture(line);
    if (furniture.isPresent()) {
      return furniture.get();
    }
    if (CreditLine.parse(text).isPresent() || CreditLine.standalone(text).isPresent()
        || CreditLine.labelledCaption(text).isPresent()) {
      return LineKind.CAPTION;
    }
    Optional<LineKind> bilingual = bilingualKind(text);
    if (bilingual.isPresent()) {
      return bilingual.get();
    }
    int words = line.words();
    // A date stamp that ends with "p.m.", a word alone with a stop ("Loading...") and a headline
    // in Title Case end like sentences, but none is a paragraph.
    if (line.endsSentence() && words > 1 && !DateLine.isStamp(text) && !line.isTitleCased()) {
      return words >= MIN_PROSE_WORDS ? LineKind.PROSE : LineKind.SHORT_SENTENCE;
    }
    return words >= LONG_LINE_WORDS ? LineKind.PROSE : LineKind.OTHER;
  }

  /**
   * WRAPPER or END when the phrase list knows the line. A longer line counts when every sentence
   * in it opens with a known phrase ("Thanks for reading X! Subscribe for free to receive new
   * posts."), or when one does and the line prompts the reader ("Open Ledger is a nonprofit
   * newsroom. Sign up to receive our biggest stories."): a paragraph that merely starts like a
   * phrase stays prose. A promotion is furniture whatever it promotes.
   */
  private Optional<LineKind> furniture(SourceLine line) {
    if (line.words() > MAX_PROMPT_WORDS) {
      return Optional.empty();
    }
    Optional<LineKind> kind = line.words() <= MAX_PHRASE_LINE_WORDS ? phraseKind(line.text())
        : knownSentences(line);
    return kind.isPresent() || !isPromotion(line) ? kind : Optional.of(LineKind.WRAPPER);
  }

  private Optional<LineKind> knownSentences(SourceLine line) {
    Optional<LineKind> kind = Optional.empty();
    int known = 0;
    String[] sentences = SENTENCE_BREAK.split(line.text());
    for (String sentence : sentences) {
      Optional<LineKind> phrase = phraseKind(sentence);
      if (phrase.isPresent()) {
        known++;
        kind = kind.isPresent() && kind.get() == LineKind.END ? kind : phrase;
      }
    }
    boolean allKnown = sentences.length > 1 && known == sentences.length;
    return allKnown || (prompts(line) && known > 0) ? kind : Optional.empty();
  }

  /**
   * Whether the line is a promotion: it opens with a verb of the imperative and speaks to the
   * reader or as the site ("Get breaking news alerts directly to your phone with the app.",
   * "Follow us for more"). A news paragraph that opens with such a verb reports ("Share prices
   * fell"), and speaks to nobody.
   */
  private boolean isPromotion(SourceLine line) {
    return opensWithPromptVerb(line.text()) && (line.addressesReader() || line.speaksAsWe());
  }

  /**
   * A closing phrase followed by a link marker and a headline links to one other story from
   * inside the article; it interrupts the article rather than closing it.
   */
  private Optional<LineKind> phraseKind(String text) {
    return wrapperPhrases.section(text, "ends", "interrupts")
        .map(section -> section.equals("ends") && !INLINE_LINK.matcher(text).matches()
            ? LineKind.END : LineKind.WRAPPER);
  }

  /**
   * Whether the line prompts its reader: it speaks to "you", as the site's "we", or in the
   * imperative of a promotion ("Download the ANB NEWS app and turn on alerts"), which is the
   * second person too.
   */
  private boolean prompts(SourceLine line) {
    return line.addressesReader() || line.speaksAsWe() || opensWithPromptVerb(line.text());
  }

  private boolean opensWithPromptVerb(String text) {
    return promptVerb.matcher(text).lookingAt();
  }

  /**
   * A line said in both the site's languages is the site's: as the phrase list knows either half
   * ("Publicité / Advertisement", "Les plus lus / Most read"), else as furniture that interrupts.
   */
  private Optional<LineKind> bilingualKind(String text) {
    // A byline's slash parts the writer from their job or outlet, in one language.
    if (Byline.explicit(text).isPresent()) {
      return Optional.empty();
    }
    return BilingualPair.of(text).map(pair -> phraseKind(pair.first())
        .or(() -> phraseKind(pair.second())).orElse(LineKind.WRAPPER));
  }
}
