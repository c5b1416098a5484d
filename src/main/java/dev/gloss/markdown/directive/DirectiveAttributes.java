package dev.gloss.markdown.directive;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the attribute block of a directive, {@code {#q1 .x by="Niko \"N\" Felix" as=person flag}},
 * into an ordered map: {@code #id} is stored under {@code id}, a bare key maps to the empty string,
 * classes are accepted and dropped. Quoted values may escape {@code "} and {@code \} with a
 * backslash.
 */
final class DirectiveAttributes {

  /**
   * An attribute block that parsed.
   *
   * @param values the attributes in written order
   * @param end the index just after the closing brace
   */
  record Parsed(Map<String, String> values, int end) {
  }

  private DirectiveAttributes() {
  }

  /**
   * Parses the block starting at {@code from}, which must be a {@code {}.
   *
   * @return the attributes, or null when the block is malformed or not closed
   */
  static @Nullable Parsed parse(CharSequence in, int from) {
    if (from >= in.length() || in.charAt(from) != '{') {
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    int i = from + 1;
    while (true) {
      int afterSpace = skipSpace(in, i);
      if (afterSpace >= in.length()) {
        return null;
      }
      char c = in.charAt(afterSpace);
      if (c == '}') {
        return new Parsed(Collections.unmodifiableMap(values), afterSpace + 1);
      }
      if (afterSpace == i && i != from + 1) {
        return null; // items must be separated by white space
      }
      i = afterSpace;
      if (c == '#' || c == '.') {
        int end = scanWhile(in, i + 1, DirectiveAttributes::isShorthandChar);
        if (end == i + 1) {
          return null;
        }
        if (c == '#') {
          values.put("id", in.subSequence(i + 1, end).toString());
        }
        i = end;
        continue;
      }
      int keyEnd = scanWhile(in, i, DirectiveAttributes::isKeyChar);
      if (keyEnd == i || !Character.isLetter(c) && c != '_') {
        return null;
      }
      String key = in.subSequence(i, keyEnd).toString();
      i = keyEnd;
      if (i < in.length() && in.charAt(i) == '=') {
        StringBuilder value = new StringBuilder();
        i = value(in, i + 1, value);
        if (i < 0) {
          return null;
        }
        values.put(key, value.toString());
      } else {
        values.put(key, "");
      }
    }
  }

  /** Reads a quoted or bare value into {@code out}; returns the index after it, or -1. */
  private static int value(CharSequence in, int i, StringBuilder out) {
    if (i >= in.length()) {
      return -1;
    }
    char quote = in.charAt(i);
    if (quote == '"' || quote == '\'') {
      for (int j = i + 1; j < in.length(); j++) {
        char c = in.charAt(j);
        if (c == '\\' && j + 1 < in.length()) {
          out.append(in.charAt(++j));
        } else if (c == quote) {
          return j + 1;
        } else {
          out.append(c);
        }
      }
      return -1;
    }
    int end = scanWhile(in, i, c -> !Character.isWhitespace(c) && "\"'=<>`{}".indexOf(c) < 0);
    if (end == i) {
      return -1;
    }
    out.append(in, i, end);
    return end;
  }

  private interface CharTest {
    boolean test(char c);
  }

  private static int scanWhile(CharSequence in, int i, CharTest test) {
    while (i < in.length() && test.test(in.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipSpace(CharSequence in, int i) {
    return scanWhile(in, i, Character::isWhitespace);
  }

  private static boolean isKeyChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == ':' || c == '.';
  }

  private static boolean isShorthandChar(char c) {
    return !Character.isWhitespace(c) && "\"'=<>`{}#.".indexOf(c) < 0;
  }
}
