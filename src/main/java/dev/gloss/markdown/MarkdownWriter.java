package dev.gloss.markdown;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.gloss.model.Article;
import dev.gloss.model.ArticleMeta;
import dev.gloss.model.Caption;
import java.io.UncheckedIOException;

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
   * @param article the article to write
   * @return the whole Markdown file, ending with a newline
   */
  public static String write(Article article) {
    StringBuilder out = new StringBuilder();
    out.append(frontMatter(article.meta()));
    out.append("---\n");
    for (String paragraph : article.paragraphs()) {
      out.append('\n').append(MarkdownText.escape(paragraph)).append('\n');
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
        meta.copyright(), meta.source(), meta.slug().value(), null);
    try {
      return YAML.writeValueAsString(front);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
