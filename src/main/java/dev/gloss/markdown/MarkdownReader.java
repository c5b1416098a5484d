package dev.gloss.markdown;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.gloss.markdown.directive.DirectiveNode;
import dev.gloss.markdown.directive.GlossDirectiveExtension;
import dev.gloss.model.Article;
import dev.gloss.model.ArticleMeta;
import dev.gloss.model.BackLink;
import dev.gloss.model.Caption;
import dev.gloss.model.EditorOverrides;
import dev.gloss.model.GlossException;
import dev.gloss.model.Slug;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads Gloss Markdown (front matter and body) into an article, the body's HTML, and the
 * annotations marked up in the body as inline directives ({@code :quote[...]{#q1 by="..."}}).
 *
 * <p>The flexmark parser and renderer are built once; reading is thread-safe.
 *
 * <pre>{@code
 * MarkdownDocument doc = MarkdownReader.standard().read("story.md", markdown);
 * }</pre>
 */
public final class MarkdownReader {

  private static final Pattern FENCE = Pattern.compile("^(?:---|\\.\\.\\.)[ \\t]*$");
  private static final MarkdownReader STANDARD = new MarkdownReader();

  private final Parser parser;
  private final HtmlRenderer renderer;

  private MarkdownReader() {
    MutableDataSet options = new MutableDataSet();
    // Raw HTML in an article is text, never markup: an editor's <script> shows as written.
    options.set(HtmlRenderer.ESCAPE_HTML, true);
    options.set(HtmlRenderer.SOFT_BREAK, " ");
    options.set(Parser.EXTENSIONS,
        List.of(ParagraphIds.create(), GlossDirectiveExtension.create()));
    parser = Parser.builder(options).build();
    renderer = HtmlRenderer.builder(options).build();
  }

  /** The reader with Gloss's Markdown dialect. */
  public static MarkdownReader standard() {
    return STANDARD;
  }

  /**
   * Reads one Gloss Markdown file.
   *
   * @param fileName the file's name, for messages and as the default source
   * @param markdown the file's text with {@code \n} line ends
   * @return the article, its HTML, and its theme
   * @throws GlossException when the front matter is missing, malformed, or lacks a title
   */
  public MarkdownDocument read(String fileName, String markdown) {
    return read(fileName, markdown, Map.of());
  }

  /**
   * Reads one Gloss Markdown file, its marks linking to the boxes made from them.
   *
   * @param backLinks the links to add after each mark, by the mark's id
   * @throws GlossException when the front matter is missing, malformed, or lacks a title
   */
  public MarkdownDocument read(String fileName, String markdown,
      Map<String, List<BackLink>> backLinks) {
    String[] lines = markdown.split("\n", -1);
    if (lines.length == 0 || !lines[0].strip().equals("---")) {
      throw new GlossException(fileName, 1,
          "has no front matter: a Gloss Markdown file starts with a line '---', then YAML with at"
              + " least 'title:', then a closing '---'");
    }
    int close = 1;
    while (close < lines.length && !FENCE.matcher(lines[close]).matches()) {
      close++;
    }
    if (close == lines.length) {
      throw new GlossException(fileName, 1,
          "front matter is not closed: add a line '---' after the YAML");
    }
    String yaml = String.join("\n", List.of(lines).subList(1, close));
    String body = String.join("\n", List.of(lines).subList(close + 1, lines.length));
    FrontMatter front = parseFrontMatter(fileName, yaml);

    LinkLabelGuard.check(fileName, List.of(lines).subList(close + 1, lines.length), close + 2);
    Document document = parser.parse(body);
    document.set(GlossDirectiveExtension.BACK_LINKS, backLinks);
    MarkupReader markup = new MarkupReader(fileName, close + 2, document);
    List<String> paragraphs = new ArrayList<>();
    int offset = 0;
    for (Node node : document.getChildren()) {
      if (node instanceof Paragraph) {
        String text = markup.paragraph(node, offset, new TextCollectingVisitor()
            .collectAndGetText(node, DirectiveNode.MARK_LABELS));
        paragraphs.add(text);
        offset += text.length() + 2;
      }
    }
    ArticleMeta meta = meta(fileName, front, close + 1);
    Article article = new Article(meta, paragraphs);
    String bodyText = article.bodyText();
    var quotes = markup.quotes(bodyText);
    var claims = markup.claims(bodyText);
    var dates = markup.dates(bodyText);
    // Read after the marks: reading them is what finds their problems.
    List<String> problems = new ArrayList<>(markup.problems());
    EditorOverrides overrides =
        FrontMatterEdits.overrides(fileName, front.timeline(), front.facts(), problems);
    return new MarkdownDocument(article, renderer.render(document), markdown, front.theme(),
        quotes, claims, dates, markup.anyDirective(), overrides, problems);
  }

  private static FrontMatter parseFrontMatter(String fileName, String yaml) {
    if (yaml.isBlank()) {
      throw new GlossException(fileName, 2, "front matter is empty; give it at least 'title:'");
    }
    try {
      FrontMatter front = MarkdownWriter.YAML.readerFor(FrontMatter.class)
          .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(yaml);
      // "null" or "~" alone is valid YAML that holds no keys at all.
      if (front == null) {
        throw new GlossException(fileName, 2, "front matter holds no keys, only a null value;"
            + " give it at least 'title:'");
      }
      return front;
    } catch (UnrecognizedPropertyException e) {
      throw new GlossException(fileName, yamlLine(e.getLocation()),
          "unknown front-matter key '" + e.getPropertyName() + "'; known keys are "
              + String.join(", ", FrontMatter.class.getAnnotation(
                  com.fasterxml.jackson.annotation.JsonPropertyOrder.class).value()), e);
    } catch (JsonProcessingException e) {
      throw new GlossException(fileName, yamlLine(e.getLocation()),
          "front matter is not valid YAML (" + e.getOriginalMessage().lines().findFirst()
              .orElse("") + ")", e);
    }
  }

  /** Converts a line inside the YAML to a line of the file: the YAML starts on line 2. */
  private static int yamlLine(@Nullable JsonLocation location) {
    return location == null || location.getLineNr() < 1 ? 1 : location.getLineNr() + 1;
  }

  private static ArticleMeta meta(String fileName, FrontMatter front, int bodyLine) {
    String title = front.title();
    if (title == null || title.isBlank()) {
      throw new GlossException(fileName, 2, "front matter has no 'title:'; add the headline");
    }
    LocalDate date = null;
    if (front.date() != null) {
      try {
        date = LocalDate.parse(front.date());
      } catch (DateTimeParseException e) {
        throw new GlossException(fileName, 2,
            "front-matter date '" + front.date() + "' is not a date; write it as YYYY-MM-DD", e);
      }
    }
    String slugText = front.slug();
    if (slugText != null && !Slug.isValid(slugText)) {
      throw new GlossException(fileName, 2, "front-matter slug '" + slugText
          + "' must be lower-case letters, digits and single hyphens (at most 80), and not a name"
          + " Windows reserves (con, nul, com1...)");
    }
    Slug slug = slugText != null ? new Slug(slugText) : Slug.from(title, "article");
    Caption caption = front.caption() == null ? null
        : new Caption(front.caption(), front.credit());
    Integer year = front.year() != null ? front.year()
        : date != null ? Integer.valueOf(date.getYear()) : null;
    return new ArticleMeta(title.strip(), front.author(), front.publication(), date, year, caption,
        front.copyright(), front.source() != null ? front.source() : fileName, slug);
  }
}
