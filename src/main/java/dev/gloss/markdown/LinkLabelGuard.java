package dev.gloss.markdown;

import dev.gloss.model.GlossException;
import java.util.List;

/**
 * Refuses the one kind of Markdown line that flexmark 0.64.8 cannot parse in reasonable time: an
 * unclosed link label ({@code [}), on its line or an earlier one of its paragraph, followed by a
 * long run of backslashes, on which its link-label
 * pattern backtracks exponentially (40 backslashes take 20 seconds, 50 minutes). Gloss's own
 * Markdown never has one, since it escapes {@code [} and {@code \}.
 */
final class LinkLabelGuard {

  /** Backslashes in a row after an open label that flexmark still parses in milliseconds. */
  static final int MAX_BACKSLASHES = 16;

  private LinkLabelGuard() {
  }

  /**
   * @param fileName the file, for the message
   * @param lines the body's lines
   * @param firstLine the file's line number of the body's first line
   * @throws GlossException naming the line when one has such a label
   */
  static void check(String fileName, List<String> lines, int firstLine) {
    // A label may run on over the lines of its paragraph, never past a blank line.
    boolean open = false;
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank()) {
        open = false;
      }
      int run = 0;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '\\') {
          run++;
          if (open && run > MAX_BACKSLASHES) {
            throw new GlossException(fileName, firstLine + n, "has an unclosed '[' followed by"
                + " more than " + MAX_BACKSLASHES + " backslashes in a row, which the Markdown"
                + " parser cannot read in reasonable time; close the '[' with ']' or escape it"
                + " as '\\['");
          }
          continue;
        }
        // A character after an even run of backslashes is not escaped.
        boolean escaped = run % 2 == 1;
        if (c == '[' && !escaped) {
          open = true;
        } else if (c == ']' && !escaped) {
          open = false;
        }
        run = 0;
      }
    }
  }
}
