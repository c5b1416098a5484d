package dev.gloss.ingest;

import dev.gloss.model.Caption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Gives each line of a page its {@link LineKind} from the line's own shape (length, how it ends,
 * a credit, a copyright sign, a known wrapper phrase), then pairs lone credit lines with the
 * caption above them.
 */
final class LineClassifier {

  private static final int MIN_PROSE_WORDS = 10;
  private static final int LONG_LINE_WORDS = 25;
  /** Furniture is short; a long line that happens to start like a phrase is still prose. */
  private static final int MAX_PHRASE_LINE_WORDS = 15;
  /** A caption describes a picture in a few words at least; "Staff" or a name alone does not. */
  private static final int MIN_CAPTION_WORDS = 4;
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
    pairLoneCredits(lines, kinds);
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
    if (CreditLine.parse(text).isPresent() || CreditLine.standalone(text).isPresent()) {
      return LineKind.CAPTION;
    }
    int words = line.words();
    if (line.endsSentence()) {
      return words >= MIN_PROSE_WORDS ? LineKind.PROSE : LineKind.SHORT_SENTENCE;
    }
    return words >= LONG_LINE_WORDS ? LineKind.PROSE : LineKind.OTHER;
  }

  /**
   * WRAPPER or END when the phrase list knows the line. A longer line counts only when every
   * sentence in it is a short known phrase ("Thanks for reading X! Subscribe for free to receive
   * new posts."): a paragraph that merely starts like a phrase stays prose.
   */
  private Optional<LineKind> furniture(SourceLine line) {
    if (line.words() <= MAX_PHRASE_LINE_WORDS) {
      return phraseKind(line.text());
    }
    String[] sentences = SENTENCE_BREAK.split(line.text());
    if (sentences.length < 2) {
      return Optional.empty();
    }
    LineKind kind = LineKind.WRAPPER;
    for (String sentence : sentences) {
      Optional<LineKind> known = new SourceLine(line.number(), sentence, false).words()
          <= MAX_PHRASE_LINE_WORDS ? phraseKind(sentence) : Optional.empty();
      if (known.isEmpty()) {
        return Optional.empty();
      }
      if (known.get() == LineKind.END) {
        kind = LineKind.END;
      }
    }
    return Optional.of(kind);
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
   * Marks the line above a lone credit ("Image: Kestrel County Council") as its caption. A lone
   * credit under a byline ("By Jane Doe" then "Photographs by Alex Kim") credits the article's
   * pictures as a whole and has no caption.
   */
  private static void pairLoneCredits(List<SourceLine> lines, List<LineKind> kinds) {
    for (int i = 1; i < lines.size(); i++) {
      if (kinds.get(i) == LineKind.CAPTION && CreditLine.parse(lines.get(i).text()).isEmpty()
          && canBeCaption(lines.get(i - 1), kinds.get(i - 1))) {
        kinds.set(i - 1, LineKind.CAPTION);
      }
    }
  }

  private static boolean canBeCaption(SourceLine line, LineKind kind) {
    String text = line.text();
    return (kind == LineKind.OTHER || kind.canBeBody()) && line.words() >= MIN_CAPTION_WORDS
        && Byline.explicit(text).isEmpty() && DateLine.find(text).isEmpty();
  }

  /** The page's first caption with its credit, if it has one. */
  static @Nullable Caption firstCaption(List<SourceLine> lines, List<LineKind> kinds) {
    for (int i = 0; i < lines.size(); i++) {
      if (kinds.get(i) != LineKind.CAPTION) {
        continue;
      }
      String text = lines.get(i).text();
      Optional<Caption> inline = CreditLine.parse(text);
      if (inline.isPresent()) {
        return inline.get();
      }
      boolean creditBelow = i + 1 < lines.size() && kinds.get(i + 1) == LineKind.CAPTION
          && CreditLine.parse(lines.get(i + 1).text()).isEmpty();
      Optional<String> credit = creditBelow ? CreditLine.standalone(lines.get(i + 1).text())
          : Optional.empty();
      if (CreditLine.standalone(text).isEmpty() && credit.isPresent()) {
        return new Caption(text, credit.get());
      }
    }
    return null;
  }
}
