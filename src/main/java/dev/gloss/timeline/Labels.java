package dev.gloss.timeline;

import dev.gloss.model.Span;
import dev.gloss.nlp.Word;
import java.util.List;

/** Writes words out as a label: the text's own spacing, quoted words in quote marks. */
final class Labels {

  /** Marks where a label stops inside a quotation that goes on. */
  static final String ELLIPSIS = "…";

  /** Marks a word the label adds, which has no place in the text. */
  private static final String ADDED = "+SYN";

  private Labels() {
  }

  /** A word a label adds ("of the" in "many of the riders"), tagged as it would be. */
  static Word synthetic(String text, String tag) {
    return new Word(text, new Span(0, 0), tag + ADDED);
  }

  /** The words with the text's spacing; words the writer quotes stay inside quote marks. */
  static String render(Sentence sentence, List<Word> words) {
    StringBuilder label = new StringBuilder();
    Word previous = null;
    boolean open = false;
    for (Word word : words) {
      if (added(word) && word.text().equals(ELLIPSIS)) {
        label.append(ELLIPSIS);
        previous = word;
        continue;
      }
      boolean quoted = !added(word) && sentence.quoted(word);
      if (previous != null) {
        if (open && !quoted) {
          label.append('”');
          open = false;
        }
        boolean touching = !added(previous) && !added(word)
            && previous.span().end() == word.span().start();
        label.append(touching ? "" : " ");
      }
      if (quoted && !open) {
        label.append('“');
        open = true;
      }
      label.append(word.text());
      previous = word;
    }
    String out = label.toString().replaceAll("[\\s,;:.]+$", "");
    return open ? out + "”" : out;
  }

  /** Whether the label added the word. */
  static boolean added(Word word) {
    return word.tag().endsWith(ADDED);
  }

  static String capitalise(String label) {
    int first = label.startsWith("“") ? 1 : 0;
    return label.length() <= first ? label
        : label.substring(0, first) + Character.toUpperCase(label.charAt(first))
            + label.substring(first + 1);
  }
}
