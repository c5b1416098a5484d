package dev.gloss.markdown;

import java.util.regex.Pattern;

/**
 * Escapes article text so that flexmark reads it back as the same plain text: nothing a scraped
 * page says can become a link, an emphasis, raw HTML or a Gloss directive.
 */
final class MarkdownText {

  /** Characters that mean something inline in CommonMark or in Gloss directives. */
  private static final Pattern INLINE_SPECIAL = Pattern.compile("[\\\\`*_\\[\\]<>{}!|~]");
  private static final Pattern ENTITY_LIKE = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
  /** Starts of a line that would make a heading, quote, list, rule or fence. */
  private static final Pattern BLOCK_START =
      Pattern.compile("^(#|>|[-+*=](?=\\s|$)|\\d{1,9}(?=[.)](?:\\s|$))|---|___|\\*\\*\\*)");

  private MarkdownText() {
  }

  /**
   * Escapes one paragraph of plain text (no line breaks inside) as Markdown.
   *
   * @param plain the text as the reader should see it
   * @return Markdown that renders to exactly that text
   */
  static String escape(String plain) {
    String inline = INLINE_SPECIAL.matcher(plain).replaceAll("\\\\$0");
    inline = ENTITY_LIKE.matcher(inline).replaceAll("\\\\&");
    var start = BLOCK_START.matcher(inline);
    if (start.find()) {
      String lead = start.group(1);
      if (Character.isDigit(lead.charAt(0))) {
        // "1. " starts a list; escaping the dot keeps the number as text.
        int end = start.end();
        inline = inline.substring(0, end) + "\\" + inline.substring(end);
      } else {
        inline = "\\" + inline;
      }
    }
    return inline;
  }
}
