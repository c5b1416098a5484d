package dev.gloss.annotate.time;

import dev.gloss.model.Span;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whether an expression looks back or ahead, judged from the nearest tense cue in its sentence:
 * "said", "was" or an "-ed" verb look back; "will", "scheduled" or a timetable verb ("closes",
 * "opens") look ahead. News mostly reports what happened, so no cue at all means the past.
 */
enum Tense {
  PAST, FUTURE;

  /** Marks that end a clause, for the nearest-cue search. */
  private static final String CLAUSE_MARKS = ",;:()\u2014";
  private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:['’][a-z]+)?");
  private static final Set<String> FUTURE_CUES = Set.of("will", "shall", "won't", "won’t",
      "going", "scheduled", "due", "expected", "expects", "expect", "plans", "plan", "next",
      "tomorrow", "upcoming", "coming", "hopes", "hope", "aims", "until", "closes", "opens",
      "starts", "begins", "resumes", "ends", "runs", "meet", "meets", "face", "faces", "play",
      "plays", "starting", "set", "would", "could", "might", "intends", "'ll", "’ll", "is", "are");
  /** Modal verbs that put the verb group after them ahead of the article's date. */
  private static final Set<String> MODALS = Set.of("will", "shall", "would", "could", "might",
      "going");
  private static final Set<String> PAST_CUES = Set.of("said", "says", "was", "were", "had", "did",
      "ago", "yesterday", "last", "told", "won", "lost", "made", "took", "gave", "came", "went",
      "left", "fell", "rose", "held", "met", "saw", "began", "ran", "wrote", "found", "brought",
      "sold", "hit", "cut", "struck", "broke", "chose", "drove", "flew", "got", "heard", "kept",
      "led", "paid", "sent", "spent", "stood", "beat", "became", "caught", "fought", "quit",
      "since", "been", "has", "have");
  private static final Set<String> NOT_PAST = Set.of("need", "seed", "feed", "speed", "red",
      "bed", "shed", "proceed", "exceed", "succeed", "hundred", "indeed", "united", "scheduled",
      "expected", "planned", "weed", "deed", "breed", "greed", "embed", "bred", "led", "reed", "heed",
      "sled", "fred", "ned", "ted");

  /**
   * The tense around a span: the nearest cue in its clause (between commas), else the first in
   * its sentence, else the past.
   */
  static Tense around(String text, Span sentence, Span expression) {
    Tense inClause = inClause(text, sentence, expression);
    if (inClause != null) {
      return inClause;
    }
    // Outside its clause, the main verb, which news puts first, says more than a nearer one.
    Tense inSentence = cue(text, sentence, expression, false);
    return inSentence == null ? PAST : inSentence;
  }

  /**
   * The tense of the expression's own clause (between commas), or null when the clause has no
   * cue: a verb before the expression governs it ("had driven to Sacramento on Monday in the
   * hope of"), so the nearest cue before it wins over a nearer one after it.
   */
  static @Nullable Tense inClause(String text, Span sentence, Span expression) {
    int clauseStart = expression.start();
    while (clauseStart > sentence.start() && CLAUSE_MARKS.indexOf(text.charAt(clauseStart - 1)) < 0) {
      clauseStart--;
    }
    int clauseEnd = expression.end();
    while (clauseEnd < sentence.end() && CLAUSE_MARKS.indexOf(text.charAt(clauseEnd)) < 0) {
      clauseEnd++;
    }
    Tense before = cue(text, new Span(clauseStart, expression.start()), expression, true);
    return before != null ? before
        : cue(text, new Span(expression.end(), clauseEnd), expression, true);
  }

  private static boolean inCompound(String text, int start, int end) {
    return start > 0 && text.charAt(start - 1) == '-'
        || end < text.length() && text.charAt(end) == '-';
  }

  private static @Nullable Tense cue(String text, Span region, Span expression,
      boolean nearest) {
    Matcher words = WORD.matcher(text);
    words.region(region.start(), region.end());
    Tense best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean modal = false;
    while (words.find()) {
      if (words.start() >= expression.start() && words.end() <= expression.end()
          || inCompound(text, words.start(), words.end())) {
        // "the would-be rebels": a word inside a compound is no verb of the clause.
        continue;
      }
      String word = words.group().toLowerCase(Locale.ROOT);
      boolean participle = word.length() > 3 && word.endsWith("ed") && !NOT_PAST.contains(word)
          && !PAST_CUES.contains(word);
      Tense cue = FUTURE_CUES.contains(word) || word.endsWith("'ll") || word.endsWith("’ll")
          ? FUTURE
          : PAST_CUES.contains(word) || participle ? PAST : null;
      if (cue == null) {
        continue;
      }
      if (participle && modal) {
        // "will be handed over on Oct. 15", "would be reviewed in April": the participle
        // belongs to the modal's verb group, which looks ahead.
        cue = FUTURE;
      }
      // "is listed for debate on Friday": a present passive is a timetable, which looks ahead.
      modal |= MODALS.contains(word) || word.endsWith("'ll") || word.endsWith("’ll")
          || word.equals("is") || word.equals("are");
      int distance = words.end() <= expression.start() ? expression.start() - words.end()
          : words.start() - expression.end();
      if (!nearest) {
        return cue;
      }
      if (distance < bestDistance) {
        bestDistance = distance;
        best = cue;
      }
    }
    return best;
  }
}
