package dev.gloss.markdown;

import dev.gloss.markdown.MarkLayout.Mark;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.model.DateMention;
import dev.gloss.model.Quote;
import dev.gloss.model.Speaker;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes one paragraph with its annotations as inline directives. Attributes come in a fixed
 * order so that the same annotations always give the same Markdown; free text is always quoted,
 * a bare word (a kind, a type, a date value) is left unquoted when it is safe to.
 */
final class DirectiveWriter {

  private static final Pattern BARE = Pattern.compile("[A-Za-z0-9_.+-]+");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");
  /** Separates the items of a list-valued attribute (features, warnings). */
  static final String LIST_SEPARATOR = "; ";

  private DirectiveWriter() {
  }

  /**
   * @param body the article's body text
   * @param start where the paragraph starts in the body
   * @param end where it ends
   * @param marks the paragraph's marks from {@link MarkLayout}, outer first
   * @return the paragraph as one line of Markdown
   */
  static String paragraph(String body, int start, int end, List<Mark> marks) {
    StringBuilder out = new StringBuilder();
    Deque<Mark> open = new ArrayDeque<>();
    int at = start;
    for (Mark mark : marks) {
      while (!open.isEmpty() && open.peek().end() <= mark.start()) {
        at = close(out, body, at, open.pop());
      }
      out.append(MarkdownText.escapeInline(body.substring(at, mark.start())));
      at = mark.start();
      out.append(':').append(name(mark.annotation())).append('[');
      open.push(mark);
    }
    while (!open.isEmpty()) {
      at = close(out, body, at, open.pop());
    }
    out.append(MarkdownText.escapeInline(body.substring(at, end)));
    return MarkdownText.protectLineStart(out.toString());
  }

  private static int close(StringBuilder out, String body, int at, Mark mark) {
    out.append(MarkdownText.escapeInline(body.substring(at, mark.end()))).append(']');
    out.append(attributes(mark));
    return mark.end();
  }

  private static String name(@Nullable Annotation annotation) {
    if (annotation instanceof Quote) {
      return "quote";
    }
    return annotation instanceof Claim ? "claim" : "date";
  }

  static String attributes(Mark mark) {
    Annotation annotation = mark.annotation();
    Attributes out = new Attributes(annotation == null ? "" : annotation.id());
    if (mark.part() > 1) {
      return out.bare("part", Integer.toString(mark.part())).end();
    }
    if (annotation instanceof Quote q) {
      if (!q.speaker().equals(Speaker.UNKNOWN)) {
        out.quoted("by", q.speaker().name()).bare("as", q.speaker().type().label());
      }
      out.quoted("role", q.speaker().role()).quoted("cue", q.cue())
          .quoted("to", q.addressee()).bare("kind", q.kind().label());
    } else if (annotation instanceof Claim c) {
      out.bare("type", c.type().label()).bare("score", number(c.score()))
          .quoted("source", c.source())
          .quoted("why", c.features().isEmpty() ? null
              : String.join(LIST_SEPARATOR, c.features()));
    } else if (annotation instanceof DateMention d) {
      out.bare("value", d.value()).quoted("warn",
          d.warnings().isEmpty() ? null : String.join(LIST_SEPARATOR, d.warnings()));
    }
    return out.end();
  }

  /** The shortest decimal that reads back as the same double: 0.91, 1. */
  private static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** An attribute block under construction. */
  private static final class Attributes {
    private final StringBuilder out = new StringBuilder("{");

    Attributes(String id) {
      if (ID.matcher(id).matches()) {
        out.append('#').append(id);
      } else {
        out.append("id=");
        quote(id);
      }
    }

    Attributes quoted(String key, @Nullable String value) {
      if (value != null) {
        out.append(' ').append(key).append('=');
        quote(value);
      }
      return this;
    }

    Attributes bare(String key, String value) {
      if (!BARE.matcher(value).matches()) {
        return quoted(key, value);
      }
      out.append(' ').append(key).append('=').append(value);
      return this;
    }

    private void quote(String value) {
      out.append('"');
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '"' || c == '\\') {
          out.append('\\');
        }
        // A line break would end the paragraph; the reader sees it as a space anyway.
        out.append(c == '\n' || c == '\r' ? ' ' : c);
      }
      out.append('"');
    }

    String end() {
      return out.append('}').toString();
    }
  }
}
