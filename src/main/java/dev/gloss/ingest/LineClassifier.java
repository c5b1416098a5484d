package dev.gloss.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Gives each line of a page its {@link LineKind} from the line's own shape (length, how it ends,
 * a credit, a copyright sign, a known wrapper phrase, a prompt that speaks to the reader), then
 * from its neighbours: the lines of a picture ({@link CaptionLines}) and the pitch lines of a
 * sign-up box.
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
  /** A page whose paragraphs are set apart by blank lines has this share of them so at least. */
  private static final double MIN_BLANK_SEPARATED_SHARE = 0.75;
  /** "Also Read | Another story's headline": a label, a link marker, a headline of a few words. */
  private static final Pattern INLINE_LINK =
      Pattern.compile("^[^|\u00bb\u203a]{1,30}\\s[|\u00bb\u203a]\\s*\\S+(?:\\s+\\S+){2,}$");
  private static final Pattern SENTENCE_BREAK =
      Pattern.compile("(?<=[.!?][\"'\u201d\u2019)]?)\\s+(?=[\\p{Lu}\"'\u201c\u2018])");

  private final PhraseList wrapperPhrases;

  LineClassifier(PhraseList wrapperPhrases) {
    this.wrapperPhrases = wrapperPhrases;
  }

  /** Each line's kind, same indices; captions are paired with their lone credits. */
  List<LineKind> classify(List<SourceLine> lines) {
    List<LineKind> kinds = new ArrayList<>(lines.size());
    for (SourceLine line : lines) {
      kinds.add(kindOf(line));
    }
    CaptionLines.mark(lines, kinds);
    markBoxPitches(lines, kinds);
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
   * posts."), or when one does and the line speaks to the reader or as the site's "we" ("Open
   * Ledger is a nonprofit newsroom. Sign up to receive our biggest stories."): a paragraph that
   * merely starts like a phrase stays prose.
   */
  private Optional<LineKind> furniture(SourceLine line) {
    if (line.words() <= MAX_PHRASE_LINE_WORDS) {
      return phraseKind(line.text());
    }
    if (line.words() > MAX_PROMPT_WORDS) {
      return Optional.empty();
    }
    boolean prompt = line.addressesReader() || line.speaksAsWe();
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
    return allKnown || (prompt && known > 0) ? kind : Optional.empty();
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
   * A sign-up box sets its pitch ("Our reporters' best work, every weekday morning. Free.") and
   * small print ("We use your sign-up to provide content...") right against its button lines,
   * where a page that sets paragraphs apart with blank lines never puts a paragraph. A sentence
   * there that speaks to the reader or as the site's "we" belongs to the box.
   */
  private static void markBoxPitches(List<SourceLine> lines, List<LineKind> kinds) {
    if (!setsParagraphsApart(lines, kinds)) {
      return;
    }
    // Down from each box line, then up: a box's lines touch one another, so two passes reach
    // them all, and a long page is read in linear time.
    for (int i = 1; i < lines.size(); i++) {
      if (!lines.get(i).blankBefore() && kinds.get(i - 1) == LineKind.WRAPPER) {
        markIfPitch(lines.get(i), kinds, i);
      }
    }
    for (int i = lines.size() - 2; i >= 0; i--) {
      if (!lines.get(i + 1).blankBefore() && kinds.get(i + 1) == LineKind.WRAPPER) {
        markIfPitch(lines.get(i), kinds, i);
      }
    }
  }

  private static void markIfPitch(SourceLine line, List<LineKind> kinds, int i) {
    if (kinds.get(i).canBeBody() && (line.addressesReader() || line.speaksAsWe())) {
      kinds.set(i, LineKind.WRAPPER);
    }
  }

  private static boolean setsParagraphsApart(List<SourceLine> lines, List<LineKind> kinds) {
    int prose = 0;
    int apart = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (kinds.get(i) == LineKind.PROSE) {
        prose++;
        apart += lines.get(i).blankBefore() ? 1 : 0;
      }
    }
    return prose > 0 && apart >= prose * MIN_BLANK_SEPARATED_SHARE;
  }
}
