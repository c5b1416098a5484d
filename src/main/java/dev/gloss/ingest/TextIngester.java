package dev.gloss.ingest;

import dev.gloss.model.Article;
import dev.gloss.model.ArticleMeta;
import dev.gloss.model.Caption;
import dev.gloss.model.GlossException;
import dev.gloss.model.Slug;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a plain-text scrape of a news page and finds the article in it.
 *
 * <p>The rules look at each line's shape (length, whether it ends like a sentence, whether it
 * repeats, whether it carries a credit or a copyright sign) and at where it stands relative to the
 * densest run of prose. Wording particular to sites lives in {@code wrapper-phrases.txt}.
 *
 * <pre>{@code
 * Article article = TextIngester.standard().ingest("story.txt", text);
 * }</pre>
 */
public final class TextIngester {

  private static final int MIN_PROSE_WORDS = 10;
  private static final int LONG_LINE_WORDS = 25;
  private static final int MIN_TITLE_WORDS = 3;
  private static final int MAX_TITLE_WORDS = 30;
  private static final int MAX_PUBLICATION_WORDS = 5;
  private static final Pattern TITLE_SUFFIX =
      Pattern.compile("^(.{10,}?)\\s+[|\u2013\u2014-]\\s+([^|]{2,40})$");
  private static final Pattern LOWER_START = Pattern.compile("^\\p{Ll}");

  private static final TextIngester STANDARD = new TextIngester(
      PhraseList.load("wrapper-phrases.txt", true), PhraseList.load("bio-phrases.txt", false));

  private final PhraseList wrapperPhrases;
  private final PhraseList bioPhrases;

  private TextIngester(PhraseList wrapperPhrases, PhraseList bioPhrases) {
    this.wrapperPhrases = wrapperPhrases;
    this.bioPhrases = bioPhrases;
  }

  /** The ingester with Gloss's own phrase lists. Thread-safe. */
  public static TextIngester standard() {
    return STANDARD;
  }

  /**
   * Finds the article in a scraped page.
   *
   * @param fileName the seed's file name: used for messages and as the article's source
   * @param text the page's text, already decoded
   * @return the article
   * @throws GlossException if the page has no article body or no title
   */
  public Article ingest(String fileName, String text) {
    List<SourceLine> lines = joinWrappedLines(lines(text));
    List<LineKind> kinds = new ArrayList<>(lines.size());
    for (SourceLine line : lines) {
      kinds.add(kindOf(line));
    }
    BodyLocator.Block body = BodyLocator.locate(lines, kinds);
    if (body.last() < body.first()) {
      throw new GlossException(fileName, 0,
          "has no article body (no line reads as a paragraph of prose); check that it is the"
              + " article's text and not only the page's wrapper");
    }

    List<String> paragraphs = new ArrayList<>();
    for (int i = body.first(); i <= body.last(); i++) {
      if (kinds.get(i).canBeBody()) {
        paragraphs.add(lines.get(i).text());
      }
    }
    dropTrailingBio(paragraphs);

    List<SourceLine> header = lines.subList(0, body.first());
    List<SourceLine> outside = new ArrayList<>(header);
    outside.addAll(lines.subList(body.last() + 1, lines.size()));

    CopyrightLine copyright = null;
    Caption caption = null;
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      if (copyright == null && kinds.get(i) == LineKind.COPYRIGHT) {
        copyright = CopyrightLine.parse(line.text()).orElse(null);
      }
      if (caption == null && kinds.get(i) == LineKind.CAPTION && i <= body.last()) {
        caption = CreditLine.parse(line.text()).orElse(null);
      }
    }

    TitleAndSuffix title = findTitle(fileName, header, kinds);
    String publication = findPublication(copyright, title.suffix(), header);
    String author = findAuthor(header, publication, title.title());
    LocalDate date = findDate(outside);
    Integer year = date != null ? Integer.valueOf(date.getYear())
        : copyright != null ? copyright.year() : null;

    ArticleMeta meta = new ArticleMeta(title.title(), author, publication, date, year, caption,
        copyright == null ? null : copyright.line(), fileName,
        Slug.from(title.title(), "article"));
    return new Article(meta, paragraphs);
  }

  private LineKind kindOf(SourceLine line) {
    String text = line.text();
    if (CopyrightLine.parse(text).isPresent()) {
      return LineKind.COPYRIGHT;
    }
    if (wrapperPhrases.matches(text)) {
      return LineKind.WRAPPER;
    }
    if (CreditLine.parse(text).isPresent()) {
      return LineKind.CAPTION;
    }
    int words = line.words();
    if (line.endsSentence()) {
      return words >= MIN_PROSE_WORDS ? LineKind.PROSE : LineKind.SHORT_SENTENCE;
    }
    return words >= LONG_LINE_WORDS ? LineKind.PROSE : LineKind.OTHER;
  }

  /** An author's bio ends many articles; it is about the writer, not the news. */
  private void dropTrailingBio(List<String> paragraphs) {
    while (paragraphs.size() > 1 && bioPhrases.matches(paragraphs.get(paragraphs.size() - 1))) {
      paragraphs.remove(paragraphs.size() - 1);
    }
  }

  private record TitleAndSuffix(String title, @Nullable String suffix) {
  }

  private TitleAndSuffix findTitle(String fileName, List<SourceLine> header,
      List<LineKind> kinds) {
    SourceLine best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < header.size(); i++) {
      SourceLine line = header.get(i);
      int words = line.words();
      if (kinds.get(i) != LineKind.OTHER || words < MIN_TITLE_WORDS || words > MAX_TITLE_WORDS
          || Byline.byPrefix(line.text()).isPresent() || DateLine.find(line.text()).isPresent()
          || Byline.isBareName(line.text())) {
        continue;
      }
      // Headlines stand close above the body, use more than a few words, and are often capitalised.
      double nearness = 1.0 / (1 + header.size() - 1 - i);
      double score = nearness + line.capitalisedShare() + Math.min(words, 12) / 12.0;
      if (score > bestScore) {
        bestScore = score;
        best = line;
      }
    }
    if (best == null) {
      throw new GlossException(fileName, 0,
          "has no title: no line above the body reads as a headline; put the headline on its own"
              + " line above the first paragraph");
    }
    var suffix = TITLE_SUFFIX.matcher(best.text());
    if (suffix.matches() && suffix.group(2).split("\\s+").length <= MAX_PUBLICATION_WORDS) {
      return new TitleAndSuffix(suffix.group(1).strip(), suffix.group(2).strip());
    }
    return new TitleAndSuffix(best.text(), null);
  }

  private static @Nullable String findPublication(@Nullable CopyrightLine copyright,
      @Nullable String titleSuffix, List<SourceLine> header) {
    if (copyright != null && copyright.holder() != null) {
      return copyright.holder();
    }
    if (titleSuffix != null) {
      return titleSuffix;
    }
    // A short line that the header repeats is the outlet's name shown twice (logo and label).
    Map<String, Integer> counts = new HashMap<>();
    for (SourceLine line : header) {
      counts.merge(line.text().toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    for (SourceLine line : header) {
      if (counts.get(line.text().toLowerCase(Locale.ROOT)) > 1
          && line.words() <= MAX_PUBLICATION_WORDS && !line.endsSentence()
          && line.capitalisedShare() >= 0.5) {
        return line.text();
      }
    }
    return null;
  }

  private static @Nullable String findAuthor(List<SourceLine> header,
      @Nullable String publication, String title) {
    for (SourceLine line : header) {
      Optional<String> by = Byline.byPrefix(line.text());
      if (by.isPresent()) {
        return by.get();
      }
    }
    for (int i = header.size() - 1; i >= 0; i--) {
      String text = header.get(i).text();
      if (Byline.isBareName(text) && !text.equalsIgnoreCase(publication)
          && !text.equals(title)) {
        return text;
      }
    }
    return null;
  }

  private static @Nullable LocalDate findDate(List<SourceLine> outsideBody) {
    for (SourceLine line : outsideBody) {
      Optional<LocalDate> date = DateLine.find(line.text());
      if (date.isPresent()) {
        return date.get();
      }
    }
    return null;
  }

  private static List<SourceLine> lines(String text) {
    List<SourceLine> lines = new ArrayList<>();
    String[] raw = text.split("\n", -1);
    boolean blankBefore = true;
    for (int i = 0; i < raw.length; i++) {
      String folded = raw[i].replace('\u00a0', ' ').replaceAll("[\\s\\p{Z}]+", " ").strip();
      if (folded.isEmpty()) {
        blankBefore = true;
        continue;
      }
      lines.add(new SourceLine(i + 1, folded, blankBefore));
      blankBefore = false;
    }
    return lines;
  }

  /** Rejoins a paragraph that the scrape hard-wrapped: a line cut mid-sentence, the next in lower case. */
  private static List<SourceLine> joinWrappedLines(List<SourceLine> lines) {
    List<SourceLine> joined = new ArrayList<>(lines.size());
    for (SourceLine line : lines) {
      if (!joined.isEmpty() && !line.blankBefore()
          && LOWER_START.matcher(line.text()).find()) {
        SourceLine previous = joined.get(joined.size() - 1);
        if (!previous.endsSentence() && previous.words() >= 5) {
          joined.set(joined.size() - 1, new SourceLine(previous.number(),
              previous.text() + " " + line.text(), previous.blankBefore()));
          continue;
        }
      }
      joined.add(line);
    }
    return joined;
  }
}
