package dev.gloss.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the date the article was published among the full dates outside its body: the page's
 * dateline, not a date the story mentions. A line labelled as the publication date wins, even
 * when the site prints it after the body ("First published: 13 Mar 2024"); otherwise the first
 * header date that is not labelled as an update, then any header date, then any date outside the
 * body. When the headline has a date under it, a date over it is the day the page was served (a
 * masthead's "Wednesday, March 18, 2026 | New Delhi 31°C"), not the article's.
 */
final class PageDate {

  private static final Pattern PUBLISHED = Pattern.compile(
      "^\\W*(?:(?:first|originally)\\s+)?(?:published|posted|released)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern UPDATED = Pattern.compile(
      "^\\W*(?:last\\s+)?(?:updated|modified|edited|revised)\\b", Pattern.CASE_INSENSITIVE);

  private PageDate() {
  }

  /**
   * @param lines the page's lines
   * @param kinds their kinds, same indices
   * @param body the article's body
   * @param headline the headline's line index
   * @return the publication date, or null when the page gives no full date outside the body
   */
  static @Nullable LocalDate find(List<SourceLine> lines, List<LineKind> kinds,
      BodyLocator.Block body, int headline) {
    List<Dated> overHeadline = new ArrayList<>();
    List<Dated> underHeadline = new ArrayList<>();
    for (int i = 0; i < body.first(); i++) {
      dated(lines, kinds, i).ifPresent(i > headline ? underHeadline::add : overHeadline::add);
    }
    List<Dated> header = new ArrayList<>(overHeadline);
    header.addAll(underHeadline);
    // The article's own footer ends where the page's furniture (comments, "Most read") begins.
    List<Dated> footer = new ArrayList<>();
    for (int i = body.last() + 1; i < lines.size() && !kinds.get(i).endsArticle(); i++) {
      dated(lines, kinds, i).ifPresent(footer::add);
    }
    for (List<Dated> part : List.of(header, footer)) {
      for (Dated dated : part) {
        if (PUBLISHED.matcher(dated.line()).find()) {
          return dated.date();
        }
      }
    }
    List<Dated> dateline = underHeadline.isEmpty() ? header : underHeadline;
    for (Dated dated : dateline) {
      if (!UPDATED.matcher(dated.line()).find()) {
        return dated.date();
      }
    }
    if (!dateline.isEmpty()) {
      return dateline.get(0).date();
    }
    for (int i = body.last() + 1; i < lines.size(); i++) {
      Optional<Dated> dated = dated(lines, kinds, i);
      if (dated.isPresent()) {
        return dated.get().date();
      }
    }
    return null;
  }

  /** A date on a line that may carry the page's date: not a caption, not a paragraph. */
  private static Optional<Dated> dated(List<SourceLine> lines, List<LineKind> kinds, int i) {
    if (kinds.get(i) == LineKind.CAPTION || kinds.get(i).canBeBody()) {
      return Optional.empty();
    }
    String text = lines.get(i).text();
    return DateLine.find(text).map(date -> new Dated(text, date));
  }

  private record Dated(String line, LocalDate date) {
  }
}
