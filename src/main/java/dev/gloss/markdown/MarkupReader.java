package dev.gloss.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.gloss.markdown.directive.DirectiveName;
import dev.gloss.markdown.directive.DirectiveNode;
import dev.gloss.model.Claim;
import dev.gloss.model.ClaimType;
import dev.gloss.model.DateMention;
import dev.gloss.model.Quote;
import dev.gloss.model.QuoteKind;
import dev.gloss.model.Span;
import dev.gloss.model.Speaker;
import dev.gloss.model.SpeakerType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns the directives of a parsed body into quotes, claims and dates with spans in the plain body
 * text. Parts of one annotation (same name and id) merge into one span from the first part's start
 * to the last part's end. A value that makes no sense is reported as a problem with its line, and
 * a default is used, so that one typo does not lose the rest of an editor's work.
 */
final class MarkupReader {

  /** Where one part of a directive is in the plain body. */
  private record Part(DirectiveNode node, int start, int end) {
  }

  private final String fileName;
  private final int firstBodyLine;
  private final Document document;
  private final List<Part> parts = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  /** Ids made up for directives an editor left without one. */
  private final List<String> givenIds = new ArrayList<>();
  private boolean anyDirective;

  /**
   * @param fileName for problem messages
   * @param firstBodyLine the file's line on which the parsed body starts (1-based)
   * @param document the parsed body
   */
  MarkupReader(String fileName, int firstBodyLine, Document document) {
    this.fileName = fileName;
    this.firstBodyLine = firstBodyLine;
    this.document = document;
  }

  /**
   * Notes the directives in one paragraph and gives its plain text.
   *
   * @param paragraph the paragraph node
   * @param bodyOffset where the paragraph's text starts in the body text
   * @param collected the paragraph's text, collected with {@link DirectiveNode#MARK_LABELS}
   * @return the paragraph's plain text, stripped, without label marks
   */
  String paragraph(Node paragraph, int bodyOffset, String collected) {
    List<DirectiveNode> nodes = new ArrayList<>();
    for (Node node : paragraph.getDescendants()) {
      if (node instanceof DirectiveNode directive) {
        nodes.add(directive);
      }
    }
    // Labels open in the order a pre-order walk meets their nodes, and close innermost first.
    StringBuilder plain = new StringBuilder(collected.length());
    int[] starts = new int[nodes.size()];
    int[] ends = new int[nodes.size()];
    Deque<Integer> open = new ArrayDeque<>();
    int opened = 0;
    for (int i = 0; i < collected.length(); i++) {
      char c = collected.charAt(i);
      if (c == DirectiveNode.LABEL_START) {
        if (opened < nodes.size()) {
          starts[opened] = plain.length();
        }
        open.push(opened++);
      } else if (c == DirectiveNode.LABEL_END) {
        if (!open.isEmpty() && open.peek() < nodes.size()) {
          ends[open.peek()] = plain.length();
        }
        if (!open.isEmpty()) {
          open.pop();
        }
      } else {
        plain.append(c);
      }
    }
    int lead = 0;
    while (lead < plain.length() && Character.isWhitespace(plain.charAt(lead))) {
      lead++;
    }
    String text = plain.toString().strip();
    for (int i = 0; i < Math.min(opened, nodes.size()); i++) {
      anyDirective = true;
      int start = clamp(starts[i] - lead, text.length());
      int end = clamp(ends[i] - lead, text.length());
      parts.add(new Part(nodes.get(i), bodyOffset + start, bodyOffset + Math.max(start, end)));
    }
    return text;
  }

  private static int clamp(int value, int length) {
    return Math.max(0, Math.min(value, length));
  }

  /** Whether any paragraph held a Gloss directive. */
  boolean anyDirective() {
    return anyDirective;
  }

  List<String> problems() {
    return List.copyOf(problems);
  }

  List<Quote> quotes(String body) {
    List<Quote> quotes = new ArrayList<>();
    merged(DirectiveName.QUOTE, body).forEach((first, span) -> quotes.add(quote(first, span,
        body)));
    return quotes;
  }

  List<Claim> claims(String body) {
    List<Claim> claims = new ArrayList<>();
    merged(DirectiveName.CLAIM, body).forEach((first, span) -> claims.add(claim(first, span,
        body)));
    return claims;
  }

  List<DateMention> dates(String body) {
    List<DateMention> dates = new ArrayList<>();
    merged(DirectiveName.DATE, body).forEach((first, span) -> {
      String value = first.attribute("value");
      if (value == null || value.isBlank()) {
        problem(first, "date has no value=; give one such as value=2024-11-21 or value=PAST_REF");
        value = "";
      }
      dates.add(new DateMention(id(first), span, span.of(body), value, list(first, "warn")));
    });
    return dates;
  }

  private Quote quote(DirectiveNode first, Span span, String body) {
    String by = first.attribute("by");
    String as = first.attribute("as");
    Speaker speaker;
    if (by == null && as == null) {
      speaker = Speaker.UNKNOWN;
    } else {
      speaker = new Speaker(by == null || by.isBlank() ? Speaker.UNKNOWN.name() : by,
          speakerType(first, as), first.attribute("role"));
    }
    String kind = first.attribute("kind");
    QuoteKind quoteKind = QuoteKind.fromLabel(kind == null ? "" : kind);
    if (kind != null && !quoteKind.label().equals(kind)) {
      problem(first, "quote kind '" + kind + "' is not direct, partial or scare; read as direct");
    }
    return new Quote(id(first), span, span.of(body), speaker, first.attribute("cue"),
        first.attribute("to"), quoteKind);
  }

  private SpeakerType speakerType(DirectiveNode first, @Nullable String as) {
    if (as == null) {
      return SpeakerType.PERSON; // an editor who names a speaker mostly names a person
    }
    String label = as.toLowerCase(Locale.ROOT).replace("organisation", "organization");
    SpeakerType type = SpeakerType.fromLabel(label);
    if (!type.label().equals(label)) {
      problem(first, "speaker type as=" + as
          + " is not person, organisation, document or unknown; read as unknown");
    }
    return type;
  }

  private Claim claim(DirectiveNode first, Span span, String body) {
    String type = first.attribute("type");
    ClaimType claimType = ClaimType.EVENT;
    if (type == null) {
      problem(first, "claim has no type=; read as event");
    } else {
      try {
        claimType = ClaimType.fromLabel(type);
      } catch (IllegalArgumentException e) {
        problem(first, "claim type '" + type + "' is unknown; read as event");
      }
    }
    double score = 1.0; // an editor who marks a claim by hand vouches for it
    String scoreText = first.attribute("score");
    if (scoreText != null) {
      try {
        score = Double.parseDouble(scoreText);
      } catch (NumberFormatException e) {
        problem(first, "claim score '" + scoreText + "' is not a number; read as 1");
      }
      if (!(score >= 0 && score <= 1)) {
        problem(first, "claim score '" + scoreText + "' is outside 0..1; read as 1");
        score = 1.0;
      }
    }
    return new Claim(id(first), span, span.of(body), claimType, score,
        first.attribute("source"), list(first, "why"));
  }

  private static List<String> list(DirectiveNode first, String key) {
    String value = first.attribute(key);
    return value == null || value.isBlank() ? List.of()
        : List.of(value.split(DirectiveWriter.LIST_SEPARATOR, -1));
  }

  /** The annotations of one name, first part to merged span, in document order. */
  private Map<DirectiveNode, Span> merged(DirectiveName name, String body) {
    Map<DirectiveNode, Span> spans = new LinkedHashMap<>();
    for (Part part : parts) {
      if (part.node().name() != name) {
        continue;
      }
      DirectiveNode first = part.node().firstPart();
      Span seen = spans.get(first);
      spans.put(first, seen == null ? new Span(part.start(), part.end())
          : new Span(Math.min(seen.start(), part.start()), Math.max(seen.end(), part.end())));
    }
    return spans;
  }

  /** The directive's id, or a new one (q7, c3, d2) for a directive an editor left without. */
  private String id(DirectiveNode first) {
    String id = first.id();
    if (id != null && !id.isBlank()) {
      return id;
    }
    String prefix = first.name().label().substring(0, 1);
    List<String> taken = new ArrayList<>(givenIds);
    parts.forEach(part -> taken.add(String.valueOf(part.node().id())));
    int number = 1;
    for (String used : taken) {
      if (used.matches(prefix + "\\d{1,9}")) {
        number = Math.max(number, Integer.parseInt(used.substring(1)) + 1);
      }
    }
    String fresh = prefix + number;
    givenIds.add(fresh);
    return fresh;
  }

  private void problem(DirectiveNode node, String message) {
    int line = firstBodyLine + document.getLineNumber(node.getStartOffset());
    problems.add(fileName + ":" + line + ": " + message);
  }
}
