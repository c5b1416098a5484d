package dev.gloss.ingest;

import dev.gloss.model.Caption;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Marks the lines of a page's pictures once each line has its own kind: the caption over a lone
 * credit ("Image: Kestrel County Council", or the outlet's own name when it credits itself), the
 * description under a screen reader's "Image" line; and reads the lead picture's caption and
 * credit.
 */
final class CaptionLines {

  /** A caption describes a picture in a few words at least; "Staff" or a name alone does not. */
  private static final int MIN_CAPTION_WORDS = 4;

  private CaptionLines() {
  }

  /**
   * Marks as CAPTION the line above a lone credit and the description under a picture label. A
   * lone credit over a labelled caption ("Image source, X" then "Image caption, Y") is that
   * caption's, not the line's above.
   *
   * @param lines the page's lines
   * @param kinds their kinds, same indices, changed in place
   */
  static void mark(List<SourceLine> lines, List<LineKind> kinds) {
    String nameplate = nameplate(lines, kinds);
    for (int i = 1; i < lines.size(); i++) {
      if (isLoneCredit(lines, kinds, i) && !labelledCaptionAt(lines, i + 1)
          && canBeCaption(lines.get(i - 1), kinds.get(i - 1))) {
        kinds.set(i - 1, LineKind.CAPTION);
      } else if (isOwnCredit(lines, kinds, i, nameplate)) {
        kinds.set(i - 1, LineKind.CAPTION);
        kinds.set(i, LineKind.CAPTION);
      }
    }
    for (int i = 0; i + 1 < lines.size(); i++) {
      // A description ends with a full stop only sometimes; one that reads as a paragraph is
      // left to be read as one rather than lose a paragraph.
      if (CreditLine.isPictureLabel(lines.get(i).text()) && kinds.get(i + 1) == LineKind.OTHER) {
        kinds.set(i, LineKind.CAPTION);
        kinds.set(i + 1, LineKind.CAPTION);
      }
    }
  }

  /**
   * The page's nameplate: its first line that is not furniture and reads as a name ("The Tokai
   * Herald"), or null.
   */
  private static @Nullable String nameplate(List<SourceLine> lines, List<LineKind> kinds) {
    for (int i = 0; i < lines.size(); i++) {
      if (kinds.get(i) == LineKind.OTHER && Masthead.looksLikeName(lines.get(i))) {
        return lines.get(i).text();
      }
    }
    return null;
  }

  /**
   * Whether the line credits a picture to the outlet itself: the nameplate's words again, set
   * tight under a caption's sentence and closing the picture ("... on Wednesday." then "The
   * Tokai Herald"), as some dailies credit their own photographers' work.
   */
  private static boolean isOwnCredit(List<SourceLine> lines, List<LineKind> kinds, int i,
      @Nullable String nameplate) {
    SourceLine line = lines.get(i);
    SourceLine above = lines.get(i - 1);
    boolean closes = i + 1 == lines.size() || lines.get(i + 1).blankBefore();
    return nameplate != null && line.text().equals(nameplate) && kinds.get(i) == LineKind.OTHER
        && !line.blankBefore() && closes && above.endsSentence()
        && canBeCaption(above, kinds.get(i - 1));
  }

  /**
   * Whether the line over a lone credit is its caption. A lone credit under a byline ("By Jane
   * Doe" then "Photographs by Alex Kim") or a date line credits the article's pictures as a whole
   * and has no caption.
   */
  private static boolean canBeCaption(SourceLine line, LineKind kind) {
    String text = line.text();
    // A caption's sentence may name a date ("photographed on Aug. 30, 2025.").
    boolean dateLine = DateLine.find(text).isPresent()
        && (!line.endsSentence() || DateLine.isStamp(text));
    return (kind == LineKind.OTHER || kind.canBeBody()) && line.words() >= MIN_CAPTION_WORDS
        && Byline.explicit(text).isEmpty() && !dateLine;
  }

  /**
   * The page's first caption with its credit, if it has one: a caption with its credit on the
   * line, or a caption line with a lone credit under it, or a labelled caption with a lone credit
   * over or under it.
   */
  static @Nullable Caption first(List<SourceLine> lines, List<LineKind> kinds) {
    String nameplate = nameplate(lines, kinds);
    for (int i = 0; i < lines.size(); i++) {
      if (kinds.get(i) != LineKind.CAPTION) {
        continue;
      }
      String text = lines.get(i).text();
      Optional<Caption> inline = CreditLine.parse(text);
      if (inline.isPresent()) {
        return inline.get();
      }
      Optional<String> labelled = CreditLine.labelledCaption(text);
      if (labelled.isPresent()) {
        Optional<String> above = loneCreditAt(lines, kinds, i - 1);
        Optional<String> credit = above.isPresent() ? above : loneCreditAt(lines, kinds, i + 1);
        return new Caption(labelled.get(), credit.orElse(null));
      }
      Optional<String> credit = loneCreditAt(lines, kinds, i + 1);
      if (CreditLine.standalone(text).isEmpty() && credit.isPresent()) {
        return new Caption(text, credit.get());
      }
      if (i + 1 < lines.size() && kinds.get(i + 1) == LineKind.CAPTION
          && lines.get(i + 1).text().equals(nameplate)) {
        return new Caption(text, nameplate);
      }
    }
    return null;
  }

  private static Optional<String> loneCreditAt(List<SourceLine> lines, List<LineKind> kinds,
      int i) {
    return isLoneCredit(lines, kinds, i) ? CreditLine.standalone(lines.get(i).text())
        : Optional.empty();
  }

  private static boolean isLoneCredit(List<SourceLine> lines, List<LineKind> kinds, int i) {
    return i >= 0 && i < lines.size() && kinds.get(i) == LineKind.CAPTION
        && CreditLine.parse(lines.get(i).text()).isEmpty()
        && CreditLine.standalone(lines.get(i).text()).isPresent();
  }

  private static boolean labelledCaptionAt(List<SourceLine> lines, int i) {
    return i < lines.size() && CreditLine.labelledCaption(lines.get(i).text()).isPresent();
  }
}
