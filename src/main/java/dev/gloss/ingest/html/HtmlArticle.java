package dev.gloss.ingest.html;

import dev.gloss.model.Article;
import java.util.List;

/**
 * An article read from a saved web page, with what the user should know about how it was read.
 *
 * @param article the article
 * @param notes warnings about the page, one sentence each without the file name: a charset Gloss
 *     does not know, a JSON-LD block that is not valid JSON
 */
public record HtmlArticle(Article article, List<String> notes) {

  public HtmlArticle {
    notes = List.copyOf(notes);
  }
}
