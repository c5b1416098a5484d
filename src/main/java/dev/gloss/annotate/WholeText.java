package dev.gloss.annotate;

import dev.gloss.model.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The questions {@link EntityFinder} asks about a name that only the whole text can answer, each
 * answered once per name. A long article names the same people thousands of times, and asking
 * again at every mention made entity finding quadratic in the article's length.
 */
final class WholeText {

  /** "PORT ALDOUS — ": a dateline at a sentence's start. */
  private static final Pattern DATELINE = Pattern.compile(
      "\\p{Lu}[\\p{Lu} .,'-]*(?:\\s*\\([\\p{L} ]+\\))?\\s*[\u2014\u2013-]+\\s*");
  private static final Pattern OPENING_MARKS = Pattern.compile("[\"'\u201c\u2018\\s]");

  private final String text;
  private final List<Span> sentences;
  private final List<Names.Run> runs;
  private final Map<String, Boolean> demonymInText = new HashMap<>();
  private final Map<String, Boolean> demonym = new HashMap<>();
  private final Map<String, Boolean> lowerCase = new HashMap<>();
  private final Map<String, Boolean> midSentence = new HashMap<>();

  /**
   * @param text the article body
   * @param sentences its sentences, in text order
   * @param runs its runs of capitalised words, as {@link Names#names} gives them
   */
  WholeText(String text, List<Span> sentences, List<Names.Run> runs) {
    this.text = text;
    this.sentences = sentences;
    this.runs = runs;
  }

  /** {@link Places#isPlace}, with the text-wide part of the answer remembered. */
  boolean isPlace(String name, int start, int end) {
    return Places.isPlace(text, name, start, end,
        n -> demonymInText.computeIfAbsent(n, key -> Places.hasDemonym(text, key)));
  }

  /** {@link Places#isDemonym}, remembered. */
  boolean isDemonym(String word) {
    return demonym.computeIfAbsent(word, key -> Places.isDemonym(text, key));
  }

  /** Whether the text also writes the word in lower case: "State employees" beside "the state". */
  boolean usedInLowerCase(String word) {
    return lowerCase.computeIfAbsent(word, key -> {
      String lower = key.toLowerCase(Locale.ROOT);
      return !lower.equals(key) && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(lower)
          + "(?![\\p{L}\\p{N}])").matcher(text).find();
    });
  }

  /**
   * Whether the word is used as a name of its own inside a sentence: "Transit agencies have
   * warned" opens a sentence, and "the Bay Area Regional Transit Authority" is another name.
   */
  boolean appearsMidSentence(String name) {
    return midSentence.computeIfAbsent(name, key -> {
      for (Names.Run run : runs) {
        if (Names.trimPossessive(run.text()).equals(key) && !startsSentence(run.start())) {
          return true;
        }
      }
      return false;
    });
  }

  /** Whether only opening marks, or a dateline, stand between the sentence's start and here. */
  boolean startsSentence(int at) {
    Span sentence = sentenceAt(at);
    if (sentence == null) {
      return true;
    }
    String before = text.substring(sentence.start(), at);
    return OPENING_MARKS.matcher(before).replaceAll("").isEmpty()
        || DATELINE.matcher(before).matches();
  }

  private @Nullable Span sentenceAt(int at) {
    int low = 0;
    int high = sentences.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      Span sentence = sentences.get(middle);
      if (at < sentence.start()) {
        high = middle - 1;
      } else if (at >= sentence.end()) {
        low = middle + 1;
      } else {
        return sentence;
      }
    }
    return null;
  }
}
