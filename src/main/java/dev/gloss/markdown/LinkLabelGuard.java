package dev.gloss.markdown;

import dev.gloss.model.GlossException;
import java.util.List;

/**
 * Refuses the one kind of Markdown that flexmark 0.64.8 cannot parse in reasonable time: an
 * unclosed link label ({@code [}) with many backslashes after it in its paragraph, on which its
 * link-label pattern backtracks exponentially, since a backslash may be read as an escape or as
 * itself (40 backslashes in a row take 20 seconds, 50 minutes; eight runs of six, split by a
 * digit, never finish). Gloss's own Markdown never has one, since it escapes {@code [} and
 * {@code \}.
 */
final class LinkLabelGuard {

  /** Backslashes after an open label that flexmark still parses in milliseconds. */
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
    int inLabel = 0;
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
          if (open && ++inLabel > MAX_BACKSLASHES) {
            throw new GlossException(fileName, firstLine + n, "has an unclosed '[' followed by"
                + " more than " + MAX_BACKSLASHES + " backslashes in its paragraph, which the"
                + " Markdown parser cannot read in reasonable time; close the '[' with ']' or"
                + " escape it as '\\['");
          }
          continue;
        }
        // A character after an even run of backslashes is not escaped.
        boolean escaped = run % 2 == 1;
        if (c == '[' && !escaped) {
          inLabel = open ? inLabel : 0;
          open = true;
        } else if (c == ']' && !escaped) {
          open = false;
        }
        run = 0;
      }
    }
  }
}
