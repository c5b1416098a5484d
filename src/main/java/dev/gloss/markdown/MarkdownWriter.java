package dev.gloss.markdown;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.gloss.model.Annotation;
import dev.gloss.model.Annotations;
import dev.gloss.model.Article;
import dev.gloss.model.ArticleMeta;
import dev.gloss.model.Caption;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an article as Gloss Markdown: YAML front matter, then one Markdown paragraph per body
 * paragraph. The result is meant to be read and edited by a person, then built again.
 *
 * <pre>{@code
 * String markdown = MarkdownWriter.write(article);
 * }</pre>
 */
public final class MarkdownWriter {

  static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .disable(YAMLGenerator.Feature.SPLIT_LINES)
      .build();

  private MarkdownWriter() {
  }

  /**
   * Writes an article with no annotations.
   *
   * @param article the article to write
   * @return the whole Markdown file, ending with a newline
   */
  public static String write(Article article) {
    return write(article, Annotations.NONE);
  }

  /**
   * Writes an article with its quotes, claims and dates as inline directives around the text they
   * annotate ({@code :quote[...]{#q1 by="..."}}); sentences and entities are not written, since
   * they are found again from the text. A span that crosses another is written in parts.
   *
   * <pre>{@code
   * String markdown = MarkdownWriter.write(article, Annotator.standard().annotate(body, date));
   * }</pre>
   *
   * @param article the article to write
   * @param annotations what was found in its body; offsets index {@link Article#bodyText()}
   * @return the whole Markdown file, ending with a newline
   */
  public static String write(Article article, Annotations annotations) {
    return frontMatter(article.meta()) + body(article, annotations);
  }

  /**
   * Gives a Markdown file a new body written from an article and its annotations, keeping the
   * file's front matter as the editor wrote it (theme, timeline and fact edits included).
   *
   * @param markdown a Gloss Markdown file whose front matter has been read without error
   */
  public static String rewriteBody(String markdown, Article article, Annotations annotations) {
    String[] lines = markdown.split("\n", -1);
    int close = 1;
    while (close < lines.length && !lines[close].strip().matches("---|\\.\\.\\.")) {
      close++;
    }
    String front = String.join("\n", java.util.Arrays.asList(lines).subList(0, close)) + "\n";
    return front + body(article, annotations);
  }

  /** The closing fence of the front matter and the body after it. */
  private static String body(Article article, Annotations annotations) {
    StringBuilder out = new StringBuilder();
    out.append("---\n");
    List<Annotation> marked = new ArrayList<>();
    marked.addAll(annotations.claims());
    marked.addAll(annotations.quotes());
    marked.addAll(annotations.dates());
    List<List<MarkLayout.Mark>> marks = MarkLayout.layout(article.paragraphs(), marked);
    String body = article.bodyText();
    int start = 0;
    for (int i = 0; i < article.paragraphs().size(); i++) {
      int end = start + article.paragraphs().get(i).length();
      out.append('\n').append(DirectiveWriter.paragraph(body, start, end, marks.get(i)))
          .append('\n');
      start = end + 2;
    }
    return out.toString();
  }

  static String frontMatter(ArticleMeta meta) {
    Caption caption = meta.caption();
    FrontMatter front = new FrontMatter(meta.title(), meta.author(), meta.publication(),
        meta.date() == null ? null : meta.date().toString(),
        meta.date() == null ? meta.year() : null,
        caption == null ? null : caption.text(),
        caption == null ? null : caption.credit(),
        meta.copyright(), meta.source(), meta.slug().value(), null, null, null);
    try {
      return YAML.writeValueAsString(front);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
