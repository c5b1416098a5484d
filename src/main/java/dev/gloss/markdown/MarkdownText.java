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
    return protectLineStart(escapeInline(plain));
  }

  /**
   * Escapes a stretch of text inside a line, such as the label of a directive. A directive
   * look-alike in the text ({@code :quote[x]{by=evil}}) cannot open: its brackets and braces are
   * escaped, and a directive needs an unescaped {@code [} right after its name.
   *
   * @param plain the text as the reader should see it
   * @return Markdown for that text, safe anywhere inside a line
   */
  static String escapeInline(String plain) {
    String inline = INLINE_SPECIAL.matcher(plain).replaceAll("\\\\$0");
    return ENTITY_LIKE.matcher(inline).replaceAll("\\\\&");
  }

  /**
   * Escapes what would make the start of a line a block (heading, list, quote, rule).
   *
   * @param line a whole line of already escaped inline Markdown
   * @return the line, read as paragraph text
   */
  static String protectLineStart(String line) {
    var start = BLOCK_START.matcher(line);
    if (!start.find()) {
      return line;
    }
    if (Character.isDigit(start.group(1).charAt(0))) {
      // "1. " starts a list; escaping the dot keeps the number as text.
      int end = start.end();
      return line.substring(0, end) + "\\" + line.substring(end);
    }
    return "\\" + line;
  }
}
