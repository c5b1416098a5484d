package dev.gloss.fuzz;

/** Writes a fuzzed string as a YAML double-quoted scalar, so that it reaches the field intact. */
final class Yaml {

  private Yaml() {
  }

  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints().forEach(c -> {
      if (c == '"' || c == '\\') {
        out.append('\\').appendCodePoint(c);
      } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0xFEFF
          || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFE || c == 0xFFFF) {
        out.append(String.format("\\u%04X", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.append('"').toString();
  }
}
