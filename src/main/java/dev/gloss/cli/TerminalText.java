package dev.gloss.cli;

/**
 * Makes a message safe to print on a terminal. Messages quote the user's input (a file name, a
 * front-matter value), and a control character or escape sequence in it must not move the cursor,
 * recolour the terminal or hide the rest of the line; nor may a bidirectional override reorder it.
 */
final class TerminalText {

  private TerminalText() {
  }

  /**
   * The text with every control character and bidirectional formatting character written as a
   * {@code \\uXXXX} escape.
   *
   * @param text one line of a message
   * @return the same line, printable
   */
  static String safe(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean unsafe = c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
          || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
      if (unsafe && out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (out != null) {
        out.append(unsafe ? String.format(java.util.Locale.ROOT, "\\u%04X", (int) c) : String.valueOf(c));
      }
    }
    return out == null ? text : out.toString();
  }
}
