package dev.gloss.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Takes the paragraphs out of the body's lines, leaving the furniture that stands among them: what
 * the page sets after the article (an author's bio, the site's appeal to its reader), and pull
 * quotes that repeat a paragraph's words for display.
 */
final class BodyParagraphs {

  /** How far from the paragraph it repeats a pull quote may stand, in paragraphs. */
  private static final int PULL_QUOTE_REACH = 25;
  /** The longest a pull quote is, in characters. */
  private static final int PULL_QUOTE_MAX = 400;
  /**
   * A pull quote is a striking line, not a few words: a shorter paragraph that a longer one
   * happens to contain ("He declined to comment.") is a paragraph of its own.
   */
  private static final int MIN_PULL_QUOTE_WORDS = 6;
  /**
   * A pull quote may differ from its paragraph in punctuation ("faithful." for "faithful,” he
   * says"); compared on words alone, it must be longer still to be told from a paragraph.
   */
  private static final int MIN_LOOSE_PULL_QUOTE_WORDS = 8;

  /**
   * A site's appeal is a line or two; a longer run of paragraphs that speak as "we" to "you" is
   * the article's own voice (a column, a newsletter), and stays.
   */
  private static final int MAX_APPEAL_PARAGRAPHS = 2;

  /** What a bio says a writer does: "Jane Doe is ...", "covers ...", "writes ...". */
  private static final Pattern WRITER_BIO_VERB =
      Pattern.compile("\\s+(?:is|was|covers|writes|reports|has|lives|joined)\\b");
  private static final Pattern OUTER_QUOTES =
      Pattern.compile("^[\"'\u201c\u2018]|[\"'\u201d\u2019]$");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final PhraseList trailerPhrases;

  BodyParagraphs(PhraseList trailerPhrases) {
    this.trailerPhrases = trailerPhrases;
  }

  /**
   * @param lines the page's lines
   * @param kinds their kinds, same indices
   * @param body where the body stands
   * @param author the writers' names as the byline gives them, or null
   * @return the body's paragraphs in order
   */
  List<String> of(List<SourceLine> lines, List<LineKind> kinds, BodyLocator.Block body,
      @Nullable String author) {
    List<SourceLine> paragraphs = new ArrayList<>();
    for (int i = body.first(); i <= body.last(); i++) {
      if (kinds.get(i).canBeBody()) {
        paragraphs.add(lines.get(i));
      }
    }
    withoutTrailers(paragraphs, author == null ? List.of() : Byline.split(author));
    return withoutPullQuotes(paragraphs.stream().map(SourceLine::text).toList());
  }

  /** Drops what the page sets after the article, from the end, in place. */
  private void withoutTrailers(List<SourceLine> paragraphs, List<String> writers) {
    boolean trimmed = true;
    while (trimmed && paragraphs.size() > 1) {
      int size = paragraphs.size();
      int appeals = 0;
      while (appeals < size && appeals <= MAX_APPEAL_PARAGRAPHS
          && isAppeal(paragraphs.get(size - 1 - appeals))) {
        appeals++;
      }
      if (isTrailer(paragraphs.get(size - 1), writers)) {
        paragraphs.remove(size - 1);
      } else if (appeals > 0 && appeals <= MAX_APPEAL_PARAGRAPHS && appeals < size) {
        paragraphs.subList(size - appeals, size).clear();
      } else {
        trimmed = false;
      }
    }
  }

  /**
   * Whether a paragraph at the end of the body is about the article, not the news: a known
   * phrase (a bio, a print-edition note), or a sentence that says what one of the writers is or
   * does ("Jane Doe is the Tribune's bureau chief."). A writer who "contributed reporting from
   * Phoenix" is credited in the article's own last line, which stays.
   */
  private boolean isTrailer(SourceLine paragraph, List<String> writers) {
    String text = paragraph.text();
    for (String writer : writers) {
      if (text.startsWith(writer + " ")
          && WRITER_BIO_VERB.matcher(text).region(writer.length(), text.length()).lookingAt()) {
        return true;
      }
    }
    return trailerPhrases.matches(text);
  }

  /**
   * Whether a paragraph at the end of the body is the site's own appeal, which speaks as "we" to
   * "you" ("Like what you read? Support us from £3 a month.", "Share your feedback to help
   * improve our site!").
   */
  private static boolean isAppeal(SourceLine paragraph) {
    return paragraph.addressesReader() && paragraph.speaksAsWe();
  }

  /** Whether {@code words} holds {@code run} as whole words, both as "a b c" word strings. */
  private static boolean holdsWords(String words, String run) {
    return (" " + words + " ").contains(" " + run + " ");
  }

  /** A pull quote repeats words of a paragraph for display; the paragraph keeps them. */
  private static List<String> withoutPullQuotes(List<String> paragraphs) {
    List<String> lower = paragraphs.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
    List<String> words = lower.stream().map(p -> NOT_WORD.matcher(p).replaceAll(" ").strip())
        .toList();
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      String bare = OUTER_QUOTES.matcher(lower.get(i)).replaceAll("");
      int length = words.get(i).split(" ").length;
      boolean loose = length >= MIN_LOOSE_PULL_QUOTE_WORDS;
      boolean repeated = false;
      // A pull quote is short and stands near the paragraph it repeats; looking only there keeps
      // a very long article's ingest linear rather than quadratic.
      int from = Math.max(0, i - PULL_QUOTE_REACH);
      int to = Math.min(paragraphs.size(), i + PULL_QUOTE_REACH + 1);
      boolean quotable = length >= MIN_PULL_QUOTE_WORDS && bare.length() <= PULL_QUOTE_MAX;
      for (int j = from; j < to && !repeated && quotable; j++) {
        repeated = j != i && lower.get(j).length() > bare.length()
            && (lower.get(j).contains(bare) || (loose && holdsWords(words.get(j), words.get(i))));
      }
      if (!repeated) {
        kept.add(paragraphs.get(i));
      }
    }
    return kept;
  }
}
