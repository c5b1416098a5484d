package dev.gloss.markdown.directive;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Parses inline directives with an opener stack, in the manner of flexmark's GitLab inline parser.
 * At {@code :name[} the whole directive is scanned ahead (matching bracket, attribute block); only
 * a well-formed one with a known name opens, and its label is then parsed by the ordinary inline
 * parser, so nested directives, escapes and emphasis work inside it. Its {@code ]} closes it.
 * An opener that never sees its close (a code span swallowed it) turns back into text.
 */
final class DirectiveInlineParser implements InlineParserExtension {

  private record Opener(DirectiveNode node, int openIndex, int closeIndex, int end,
      @Nullable Delimiter stackBottom) {
  }

  private final List<Opener> open = new ArrayList<>();

  DirectiveInlineParser(LightInlineParser inlineParser) {
  }

  @Override
  public boolean parse(LightInlineParser parser) {
    char c = parser.peek();
    return c == ':' ? tryOpen(parser) : c == ']' && tryClose(parser);
  }

  private boolean tryOpen(LightInlineParser parser) {
    BasedSequence input = parser.getInput();
    int at = parser.getIndex();
    int nameEnd = at + 1;
    while (nameEnd < input.length() && isNameChar(input.charAt(nameEnd), nameEnd == at + 1)) {
      nameEnd++;
    }
    DirectiveName name = DirectiveName.fromLabel(input.subSequence(at + 1, nameEnd).toString());
    if (name == null || nameEnd >= input.length() || input.charAt(nameEnd) != '[') {
      return false;
    }
    int close = matchingBracket(input, nameEnd + 1);
    if (close < 0) {
      return false;
    }
    Map<String, String> attributes = Map.of();
    int end = close + 1;
    if (end < input.length() && input.charAt(end) == '{') {
      DirectiveAttributes.Parsed parsed = DirectiveAttributes.parse(input, end);
      if (parsed == null) {
        return false;
      }
      attributes = parsed.values();
      end = parsed.end();
    }
    parser.flushTextNode();
    DirectiveNode node = new DirectiveNode(name, attributes, input.subSequence(at, nameEnd + 1));
    parser.getBlock().appendChild(node);
    Delimiter bottom = parser instanceof InlineParser full ? full.getLastDelimiter() : null;
    open.add(new Opener(node, at, close, end, bottom));
    parser.setIndex(nameEnd + 1);
    return true;
  }

  private boolean tryClose(LightInlineParser parser) {
    int at = parser.getIndex();
    for (int i = open.size() - 1; i >= 0; i--) {
      Opener opener = open.get(i);
      if (opener.closeIndex() != at) {
        continue;
      }
      while (open.size() > i + 1) {
        toText(open.remove(open.size() - 1).node());
      }
      open.remove(i);
      parser.flushTextNode();
      if (parser instanceof InlineParser full) {
        // Emphasis inside the label closes inside it, never across the directive's edge.
        full.processDelimiters(opener.stackBottom());
      }
      DirectiveNode node = opener.node();
      Node next = node.getNext();
      while (next != null) {
        Node following = next.getNext();
        next.unlink();
        node.appendChild(next);
        next = following;
      }
      BasedSequence input = parser.getInput();
      node.close(input.subSequence(at, opener.end()),
          input.subSequence(opener.openIndex(), opener.end()));
      parser.setIndex(opener.end());
      return true;
    }
    return false;
  }

  /**
   * The index of the {@code ]} that closes a label starting at {@code from}, or -1. Escapes are
   * skipped, inner brackets counted, and the attribute block of an inner directive jumped over so
   * that a bracket inside a quoted value does not count.
   */
  static int matchingBracket(CharSequence in, int from) {
    int depth = 0;
    for (int i = from; i < in.length(); i++) {
      char c = in.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        if (depth == 0) {
          return i;
        }
        depth--;
        DirectiveAttributes.Parsed inner = DirectiveAttributes.parse(in, i + 1);
        if (inner != null) {
          i = inner.end() - 1;
        }
      }
    }
    return -1;
  }

  private static boolean isNameChar(char c, boolean first) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
        || !first && (c >= '0' && c <= '9' || c == '-' || c == '_');
  }

  /** Turns an opener that never closed back into the text it was. */
  private static void toText(DirectiveNode node) {
    node.insertBefore(new Text(node.openingMarker()));
    node.unlink();
  }

  @Override
  public void finalizeBlock(InlineParser inlineParser) {
    for (int i = open.size() - 1; i >= 0; i--) {
      toText(open.get(i).node());
    }
    open.clear();
  }

  @Override
  public void finalizeDocument(InlineParser inlineParser) {
    numberParts(inlineParser.getDocument());
  }

  /** Links the parts of each annotation: the nodes of one name that share an id. */
  private static void numberParts(Node document) {
    Map<String, List<DirectiveNode>> byId = new LinkedHashMap<>();
    for (Node node : document.getDescendants()) {
      if (node instanceof DirectiveNode directive && directive.id() != null) {
        byId.computeIfAbsent(directive.name().label() + "#" + directive.id(),
            k -> new ArrayList<>()).add(directive);
      }
    }
    for (List<DirectiveNode> parts : byId.values()) {
      for (int i = 0; i < parts.size(); i++) {
        parts.get(i).setPart(i + 1, parts.size(), parts.get(0));
      }
    }
  }

  /** Registers the parser for {@code :} (openers) and {@code ]} (closers). */
  static final class Factory implements InlineParserExtensionFactory {
    @Override
    public CharSequence getCharacters() {
      return ":]";
    }

    @Override
    public @Nullable Set<Class<?>> getAfterDependents() {
      return null;
    }

    @Override
    public @Nullable Set<Class<?>> getBeforeDependents() {
      return null;
    }

    @Override
    public boolean affectsGlobalScope() {
      return false;
    }

    @Override
    public InlineParserExtension apply(LightInlineParser inlineParser) {
      return new DirectiveInlineParser(inlineParser);
    }
  }
}
