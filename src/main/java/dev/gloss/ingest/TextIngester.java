package dev.gloss.ingest;

import dev.gloss.model.Article;
import dev.gloss.model.ArticleMeta;
import dev.gloss.model.Caption;
import dev.gloss.model.GlossException;
import dev.gloss.model.Slug;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a plain-text scrape of a news page and finds the article in it.
 *
 * <p>The rules look at each line's shape (length, whether it ends like a sentence, whether it
 * carries a credit or a copyright sign) and at where it stands relative to the densest run of
 * prose. Wording particular to sites lives in {@code wrapper-phrases.txt} and
 * {@code bio-phrases.txt}.
 *
 * <pre>{@code
 * Article article = TextIngester.standard().ingest("story.txt", text);
 * }</pre>
 */
public final class TextIngester {

  private static final int MIN_PROSE_WORDS = 10;
  private static final int LONG_LINE_WORDS = 25;
  /** Furniture is short; a long line that happens to start like a phrase is still prose. */
  private static final int MAX_PHRASE_LINE_WORDS = 15;
  private static final Pattern LOWER_START = Pattern.compile("^\\p{Ll}");
  private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[ \\t\\x0B\\f]+");

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
    Caption caption = markCaptions(lines, kinds);

    BodyLocator.Block body = BodyLocator.locate(lines, kinds);
    if (body.last() < body.first()) {
      throw new GlossException(fileName, 0,
          "has no article body (no line reads as a paragraph of prose); check that it is the"
              + " article's text and not only the page's wrapper");
    }
    List<String> paragraphs = paragraphs(lines, kinds, body);

    List<SourceLine> header = lines.subList(0, body.first());
    List<LineKind> headerKinds = kinds.subList(0, body.first());
    CopyrightLine copyright = null;
    for (int i = 0; i < lines.size() && copyright == null; i++) {
      if (kinds.get(i) == LineKind.COPYRIGHT) {
        copyright = CopyrightLine.parse(lines.get(i).text()).orElse(null);
      }
    }

    int titleIndex = TitleFinder.find(header, headerKinds);
    if (titleIndex < 0) {
      throw new GlossException(fileName, 0,
          "has no title: no line above the body reads as a headline; put the headline on its own"
              + " line above the first paragraph");
    }
    String title = header.get(titleIndex).text();
    String suffix = null;
    for (SourceLine line : header) {
      String[] split = TitleFinder.splitSuffix(line.text());
      if (split != null && (split[0].equals(title) || line == header.get(titleIndex))) {
        title = split[0];
        suffix = split[1];
        break;
      }
    }
    String publication = PublicationFinder.find(copyright == null ? null : copyright.holder(),
        suffix, header, title);
    String author = findAuthor(header, headerKinds, titleIndex, publication);
    LocalDate date = findDate(lines, kinds, body);
    Integer year = date != null ? Integer.valueOf(date.getYear())
        : copyright != null ? copyright.year() : null;

    ArticleMeta meta = new ArticleMeta(title, author, publication, date, year, caption,
        copyright == null ? null : copyright.line(), fileName, Slug.from(title, "article"));
    return new Article(meta, paragraphs);
  }

  private LineKind kindOf(SourceLine line) {
    String text = line.text();
    if (CopyrightLine.parse(text).isPresent()) {
      return LineKind.COPYRIGHT;
    }
    int words = line.words();
    if (words <= MAX_PHRASE_LINE_WORDS) {
      Optional<String> section = wrapperPhrases.section(text, "ends", "interrupts");
      if (section.isPresent()) {
        return section.get().equals("ends") ? LineKind.END : LineKind.WRAPPER;
      }
    }
    if (CreditLine.parse(text).isPresent() || CreditLine.standalone(text).isPresent()) {
      return LineKind.CAPTION;
    }
    if (line.endsSentence()) {
      return words >= MIN_PROSE_WORDS ? LineKind.PROSE : LineKind.SHORT_SENTENCE;
    }
    return words >= LONG_LINE_WORDS ? LineKind.PROSE : LineKind.OTHER;
  }

  /**
   * Marks the line above a lone credit ("Image: Kestrel County Council") as its caption, and
   * returns the first caption of the page.
   */
  private static @Nullable Caption markCaptions(List<SourceLine> lines, List<LineKind> kinds) {
    Caption first = null;
    for (int i = 0; i < lines.size(); i++) {
      if (kinds.get(i) != LineKind.CAPTION) {
        continue;
      }
      String text = lines.get(i).text();
      Optional<Caption> inline = CreditLine.parse(text);
      Caption caption = inline.orElse(null);
      if (caption == null && i > 0 && kinds.get(i - 1) != LineKind.CAPTION
          && !kinds.get(i - 1).endsArticle() && kinds.get(i - 1) != LineKind.WRAPPER) {
        kinds.set(i - 1, LineKind.CAPTION);
        caption = new Caption(lines.get(i - 1).text(), CreditLine.standalone(text).orElseThrow());
      }
      if (first == null && caption != null) {
        first = caption;
      }
    }
    return first;
  }

  private List<String> paragraphs(List<SourceLine> lines, List<LineKind> kinds,
      BodyLocator.Block body) {
    List<String> paragraphs = new ArrayList<>();
    for (int i = body.first(); i <= body.last(); i++) {
      if (kinds.get(i).canBeBody()) {
        paragraphs.add(lines.get(i).text());
      }
    }
    // An author's bio ends many articles; it is about the writer, not the news.
    while (paragraphs.size() > 1 && bioPhrases.matches(paragraphs.get(paragraphs.size() - 1))) {
      paragraphs.remove(paragraphs.size() - 1);
    }
    // A pull quote repeats words of a paragraph for display; the paragraph keeps them.
    List<String> lower = paragraphs.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      String bare = lower.get(i).replaceAll("^[\"'\u201c\u2018]|[\"'\u201d\u2019]$", "");
      boolean repeated = false;
      for (int j = 0; j < paragraphs.size() && !repeated; j++) {
        repeated = j != i && lower.get(j).length() > bare.length() && lower.get(j).contains(bare);
      }
      if (!repeated) {
        kept.add(paragraphs.get(i));
      }
    }
    return kept;
  }

  /**
   * A "By" line anywhere above the body, else a line of bare names, looked for first below the
   * headline (where most sites put it) and then above it. Captions are never bylines, though
   * "Photo by" has the word.
   */
  private static @Nullable String findAuthor(List<SourceLine> header, List<LineKind> kinds,
      int titleIndex, @Nullable String publication) {
    String found = null;
    for (int i = 0; i < header.size() && found == null; i++) {
      if (kinds.get(i) != LineKind.CAPTION) {
        found = Byline.byPrefix(header.get(i).text()).orElse(null);
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = titleIndex + 1; i < header.size(); i++) {
      order.add(i);
    }
    for (int i = titleIndex - 1; i >= 0; i--) {
      order.add(i);
    }
    for (int k = 0; k < order.size() && found == null; k++) {
      int i = order.get(k);
      String text = header.get(i).text();
      if (kinds.get(i) == LineKind.OTHER && !text.equalsIgnoreCase(publication)) {
        found = Byline.bareNames(text).orElse(null);
      }
    }
    if (found != null && publication != null) {
      String lowerFound = found.toLowerCase(Locale.ROOT);
      String lowerPublication = publication.toLowerCase(Locale.ROOT);
      if (lowerFound.endsWith(" " + lowerPublication)) {
        found = found.substring(0, found.length() - publication.length()).strip();
      }
    }
    return found;
  }

  /** The first full date outside the body: the page's dateline, not a date the story mentions. */
  private static @Nullable LocalDate findDate(List<SourceLine> lines, List<LineKind> kinds,
      BodyLocator.Block body) {
    for (int i = 0; i < lines.size(); i++) {
      boolean inBody = i >= body.first() && i <= body.last();
      if (!inBody && kinds.get(i) != LineKind.CAPTION && !kinds.get(i).canBeBody()) {
        Optional<LocalDate> date = DateLine.find(lines.get(i).text());
        if (date.isPresent()) {
          return date.get();
        }
      }
    }
    return null;
  }

  private static List<SourceLine> lines(String text) {
    List<SourceLine> lines = new ArrayList<>();
    String[] raw = text.split("\n", -1);
    boolean blankBefore = true;
    for (int i = 0; i < raw.length; i++) {
      // A no-break space inside a line is the writer's; a line of nothing else is blank.
      String folded = HORIZONTAL_SPACE.matcher(raw[i]).replaceAll(" ").strip();
      if (folded.replace('\u00a0', ' ').isBlank()) {
        blankBefore = true;
        continue;
      }
      lines.add(new SourceLine(i + 1, folded, blankBefore));
      blankBefore = false;
    }
    return lines;
  }

  /** Rejoins a paragraph the scrape hard-wrapped: a line cut mid-sentence, the next in lower case. */
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
