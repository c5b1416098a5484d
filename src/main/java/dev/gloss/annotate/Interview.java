package dev.gloss.annotate;

import dev.gloss.model.Quote;
import dev.gloss.model.Speaker;
import dev.gloss.model.SpeakerType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the turns of an interview reported as an exchange of bare quotes, one paragraph each:
 *
 * <pre>
 * "Did you know your minister's office was colour-coding seats?" Archer asked.
 * "I did not," he replied.
 * "So what was it for?"
 * "You'd have to ask the adviser."
 * </pre>
 *
 * A quote with no attribution of its own, standing alone in the paragraph after another, is the
 * other party's turn when a question is being asked or answered.
 */
final class Interview {

  /** "Asked by the presenter, Jo Pemberton, whether", "in an interview with BNN's Caleb Rourke". */
  private static final Pattern INTERLOCUTOR = Pattern.compile("\\b(?:[Aa]sked by|interview with|"
      + "[Qq]uestioned by|[Pp]ressed by)\\s+(?:(?:the|a|an)\\s+[a-z]+(?:\\s+[a-z]+)?,?\\s+)?"
      + "(?:\\p{Lu}[\\p{L}.]*['\u2019]s\\s+)?(" + Names.NAME + ")");
  /** How far back the other party must have been named or quoted. */
  private static final int LOOK_BACK = 1_200;

  private Interview() {
  }

  /**
   * The speaker of the next turn, or null when the quote is not a turn of an exchange.
   *
   * @param text the article body
   * @param earlier the quotes found before this one, in order
   * @param marked this quote's marks
   * @param names the article's names
   */
  static @Nullable Speaker nextTurn(String text, List<Quote> earlier, QuoteMarks.Marked marked,
      NameBook names) {
    if (earlier.isEmpty() || !standsAlone(text, marked)) {
      return null;
    }
    Quote previous = earlier.get(earlier.size() - 1);
    String between = text.substring(Math.min(previous.span().end(), marked.open()),
        marked.open());
    boolean question = marked.content().of(text).strip().endsWith("?")
        || previous.text().strip().endsWith("?");
    if (!question || between.split("\n\n", -1).length != 2
        || previous.speaker().type() != SpeakerType.PERSON) {
      return null;
    }
    Speaker other = named(text, previous.span().start(), names, previous.speaker());
    if (other != null) {
      return other;
    }
    for (int i = earlier.size() - 2; i >= 0; i--) {
      Quote before = earlier.get(i);
      if (previous.span().start() - before.span().end() > LOOK_BACK) {
        break;
      }
      if (before.speaker().type() == SpeakerType.PERSON
          && !before.speaker().name().equals(previous.speaker().name())) {
        return before.speaker();
      }
    }
    return null;
  }

  /** Whether the quote is the whole of its paragraph. */
  private static boolean standsAlone(String text, QuoteMarks.Marked marked) {
    int paragraphStart = text.lastIndexOf("\n\n", marked.open());
    String before = text.substring(paragraphStart < 0 ? 0 : paragraphStart, marked.open());
    int paragraphEnd = text.indexOf("\n\n", marked.content().end());
    int afterEnd = paragraphEnd < 0 ? text.length() : paragraphEnd;
    // Past the closing mark; a quote left open at its paragraph's end has none.
    String after = text.substring(Math.min(marked.content().end() + 1, afterEnd), afterEnd);
    return before.isBlank() && after.isBlank();
  }

  /** The interviewer the text names shortly before {@code at}, if not the speaker himself. */
  private static @Nullable Speaker named(String text, int at, NameBook names, Speaker speaker) {
    Matcher matcher = INTERLOCUTOR.matcher(text.substring(Math.max(0, at - LOOK_BACK), at));
    Speaker found = null;
    while (matcher.find()) {
      String name = names.canonical(Names.clean(matcher.group(1)));
      if (!name.isBlank() && !name.equals(speaker.name())
          && names.typeOf(name) == SpeakerType.PERSON) {
        found = new Speaker(name, SpeakerType.PERSON, null);
      }
    }
    return found;
  }
}
