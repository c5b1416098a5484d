package dev.gloss.site;

import dev.gloss.annotate.Annotator;
import dev.gloss.annotate.time.DateContext;
import dev.gloss.ingest.SeedDecoder;
import dev.gloss.ingest.TextIngester;
import dev.gloss.ingest.html.HtmlArticle;
import dev.gloss.ingest.html.HtmlIngester;
import dev.gloss.markdown.MarkdownDocument;
import dev.gloss.timeline.BackLinks;
import dev.gloss.timeline.EditorEdits;
import dev.gloss.timeline.FactBoxBuilder;
import dev.gloss.timeline.Relink;
import dev.gloss.timeline.TimelineBuilder;
import dev.gloss.markdown.MarkdownReader;
import dev.gloss.markdown.MarkdownWriter;
import dev.gloss.model.AnnotationOrigin;
import dev.gloss.model.Annotations;
import dev.gloss.model.Article;
import dev.gloss.model.FactBoxes;
import dev.gloss.model.Timeline;
import dev.gloss.model.ArticleMeta;
import dev.gloss.model.GlossException;
import dev.gloss.model.Slug;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Runs the per-article stages on one seed: ingest (for a scrape or a saved page), then Markdown,
 * which every article passes through so that a scrape and the Markdown made from it build the same
 * page.
 */
public final class Pipeline {

  /**
   * Bodies longer than this are published as text alone. No news article comes near it (a long
   * read is 50,000 characters), parts of annotating grow faster than the text, and a 20 MB seed
   * should build in seconds, not hours.
   */
  public static final int MAX_ANNOTATED_CHARS = 500_000;

  private final TextIngester ingester = TextIngester.standard();
  private final HtmlIngester htmlIngester = HtmlIngester.standard();
  private final MarkdownReader reader = MarkdownReader.standard();
  private final Annotator annotator = Annotator.standard();

  /**
   * The Gloss Markdown for a seed, with its annotations as directives: made from a scrape, the
   * Markdown seed itself when a person has marked it, or the Markdown seed annotated anew when it
   * has no marks.
   *
   * @throws GlossException when the seed cannot be read or holds no article
   */
  public String markdown(Seed seed) {
    return marked(seed).document().markdown();
  }

  /**
   * The seed carried through every stage: Markdown, annotations, timeline and fact boxes.
   *
   * @throws GlossException when the seed cannot be read or holds no article
   */
  public ArticleBuild document(Seed seed) {
    Marked marked = marked(seed);
    MarkdownDocument document = marked.document();
    Article article = document.article();
    String text = article.bodyText();
    boolean tooLong = tooLong(text);
    Annotations annotations = tooLong ? Annotations.NONE
        : marked.edited() ? withDates(annotator.complete(text, document.quotes(),
            document.claims(), article.meta().date()), document)
        : marked.annotations();
    Timeline timeline = TimelineBuilder.build(text, annotations);
    FactBoxes facts = FactBoxBuilder.build(text, annotations);
    List<String> problems = new ArrayList<>(document.problems());
    if (tooLong) {
      problems.add(seed.name() + ": " + tooLongMessage(text)
          + "; the page shows the text without quotes, claims, timeline or fact boxes."
          + " Split the article into parts to annotate them");
    }
    marked.notes().forEach(note -> problems.add(seed.name() + ": " + note));
    if (!marked.marksShown()) {
      EditorEdits.Edited relinked = Relink.toParagraphs(text, annotations, timeline, facts);
      timeline = relinked.timeline();
      facts = relinked.facts();
      problems.add(seed.name() + ": its formatting, links or HTML would be lost if Gloss marked"
          + " its quotes and claims, so they are not marked in the text and the boxes link to"
          + " paragraphs; add :quote[...] and :claim[...] directives by hand to mark them");
    }
    EditorEdits.Edited edited = EditorEdits.apply(seed.name(), timeline, facts,
        document.overrides());
    problems.addAll(edited.problems());
    // The body again, now that the boxes are known, so that each mark links to its box items.
    String bodyHtml = reader.read(seed.name(), document.markdown(),
        BackLinks.of(edited.timeline(), edited.facts())).bodyHtml();
    return new ArticleBuild(article, annotations, edited.timeline(), edited.facts(), bodyHtml,
        document.markdown(), document.theme(), tooLong ? AnnotationOrigin.SKIPPED
            : marked.edited() ? AnnotationOrigin.EDITOR : AnnotationOrigin.AUTOMATIC, problems);
  }

  /** The seed's Markdown read with its marks, annotating what nobody marked. */
  private Marked marked(Seed seed) {
    if (seed.kind() == Seed.Kind.HTML) {
      HtmlArticle read = htmlIngester.ingest(seed.name(), seed.bytes());
      Annotations found = annotate(read.article());
      return new Marked(reader.read(seed.name(), MarkdownWriter.write(read.article(), found)),
          found, false, true, read.notes());
    }
    String text = SeedDecoder.decode(seed.name(), seed.bytes());
    if (seed.kind() == Seed.Kind.TEXT) {
      Article article = ingester.ingest(seed.name(), text);
      Annotations found = annotate(article);
      return new Marked(reader.read(seed.name(), MarkdownWriter.write(article, found)), found,
          false);
    }
    MarkdownDocument document = reader.read(seed.name(), text);
    if (document.hasMarkup()) {
      Annotations found = annotate(document.article());
      // Marks as Gloss wrote them are Gloss's findings, not an editor's: the page says so.
      return sameMarks(document, found) ? new Marked(document, found, false)
          : new Marked(document, Annotations.NONE, true);
    }
    // Unmarked Markdown gets a body rewritten from its text with the marks, its front matter kept
    // as written, when the rewrite loses nothing: the plain rewrite renders as the original does.
    // A body with formatting, links or HTML is kept as written and its boxes link to paragraphs.
    Annotations found = annotate(document.article());
    String plain = MarkdownWriter.rewriteBody(text, document.article(), Annotations.NONE);
    if (!reader.read(seed.name(), plain).bodyHtml().equals(document.bodyHtml())) {
      return new Marked(document, found, false, false);
    }
    return new Marked(reader.read(seed.name(),
        MarkdownWriter.rewriteBody(text, document.article(), found)), found, false);
  }

  private Annotations annotate(Article article) {
    if (tooLong(article.bodyText())) {
      return Annotations.NONE;
    }
    return annotator.annotate(article.bodyText(),
        DateContext.from(article.meta().date(), article.meta().publicationYear()));
  }

  private static boolean tooLong(String body) {
    return body.length() > MAX_ANNOTATED_CHARS;
  }

  private static String tooLongMessage(String body) {
    return String.format(Locale.ROOT, "the body is %,d characters, more than the %,d Gloss"
        + " annotates", body.length(), MAX_ANNOTATED_CHARS);
  }

  /** Whether the marks in a document are what the annotator finds: same places, same readings. */
  private static boolean sameMarks(MarkdownDocument document, Annotations found) {
    return document.quotes().stream().map(q -> List.of(q.span(), q.speaker().name(), q.kind()))
            .toList().equals(found.quotes().stream()
                .map(q -> List.of(q.span(), q.speaker().name(), q.kind())).toList())
        && document.claims().stream().map(c -> List.of(c.span(), c.type())).toList()
            .equals(found.claims().stream().map(c -> List.of(c.span(), c.type())).toList())
        && document.dates().stream().map(d -> List.of(d.span(), d.value())).toList()
            .equals(found.dates().stream().map(d -> List.of(d.span(), d.value())).toList());
  }

  /** Annotations completed around a person's marks keep the dates the person marked. */
  private static Annotations withDates(Annotations completed, MarkdownDocument document) {
    return new Annotations(completed.sentences(), completed.quotes(), completed.claims(),
        completed.entities(), document.dates());
  }

  /**
   * A seed's Markdown document and where its annotations come from.
   *
   * @param document the Markdown as read, with the marks in it
   * @param annotations what the annotator found, when nobody marked the article
   * @param edited whether a person's marks are authoritative
   * @param marksShown whether the body shows the annotations as marks (false for Markdown whose
   *     formatting the marks would have cost)
   * @param notes how the seed was read, when the user should know (a saved page's charset)
   */
  private record Marked(MarkdownDocument document, Annotations annotations, boolean edited,
      boolean marksShown, List<String> notes) {

    Marked(MarkdownDocument document, Annotations annotations, boolean edited) {
      this(document, annotations, edited, true);
    }

    Marked(MarkdownDocument document, Annotations annotations, boolean edited,
        boolean marksShown) {
      this(document, annotations, edited, marksShown, List.of());
    }
  }

  /**
   * The seed's article and everything the annotator finds in it.
   *
   * @param bodyOnly the seed is the article's body alone, with no page wrapper and no title
   * @param date the article's date, when the seed gives none
   */
  public Annotated annotate(Seed seed, boolean bodyOnly, @Nullable LocalDate date) {
    Article article;
    if (bodyOnly) {
      String text = SeedDecoder.decode(seed.name(), seed.bytes());
      List<String> paragraphs = List.of(text.strip().split("\\n\\s*\\n"));
      article = new Article(new ArticleMeta(seed.name(), null, null, date,
          date == null ? null : date.getYear(), null, null, seed.name(),
          Slug.from(seed.name(), "article")), paragraphs.stream().map(String::strip).toList());
    } else {
      ArticleBuild build = document(seed);
      if (date == null || build.article().meta().date() != null) {
        return new Annotated(build.article(), build.annotations());
      }
      article = build.article();
    }
    if (tooLong(article.bodyText())) {
      throw new GlossException(seed.name(), 0, tooLongMessage(article.bodyText())
          + "; split the article into parts to annotate them");
    }
    LocalDate articleDate = article.meta().date() != null ? article.meta().date() : date;
    return new Annotated(article, annotator.annotate(article.bodyText(),
        DateContext.from(articleDate, article.meta().publicationYear())));
  }

  /**
   * An article with its annotations.
   *
   * @param article the article
   * @param annotations what was found in its body
   */
  public record Annotated(Article article, Annotations annotations) {
  }
}
