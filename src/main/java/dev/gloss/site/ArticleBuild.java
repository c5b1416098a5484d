package dev.gloss.site;

import dev.gloss.model.AnnotationOrigin;
import dev.gloss.model.Annotations;
import dev.gloss.model.Article;
import dev.gloss.model.FactBoxes;
import dev.gloss.model.Timeline;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One article carried through every stage: what the page, its Markdown and its data files are
 * made from.
 *
 * @param article the article
 * @param annotations what was found in its body, or what an editor marked
 * @param timeline its events in order
 * @param facts its fact boxes
 * @param bodyHtml the body as HTML with the annotations marked
 * @param markdown the Gloss Markdown published beside the page
 * @param theme the theme the Markdown asks for, if any
 * @param origin who made the quotes and claims
 * @param problems mistakes in the markup that were read with a default, as "file:line: message"
 */
public record ArticleBuild(Article article, Annotations annotations, Timeline timeline,
    FactBoxes facts, String bodyHtml, String markdown, @Nullable String theme,
    AnnotationOrigin origin, List<String> problems) {

  public ArticleBuild {
    problems = List.copyOf(problems);
  }
}
