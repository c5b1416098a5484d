package dev.gloss.timeline;

import dev.gloss.model.DateMention;
import dev.gloss.model.DatePrecision;
import dev.gloss.nlp.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Decides which of a sentence's dates date an event, and which clause the event is. The rule: an
 * event is an action an actor took at that date (a clause in a past tense, or a present perfect),
 * or one fixed for that day (a future tense with a date to the day: "will vote on March 3"). So a
 * date is no event's date when
 *
 * <ul>
 *   <li>it is quoted: what someone says is not what the article reports as done;
 *   <li>it is no point in time: "now", a duration;
 *   <li>it modifies a noun: "a 2010 ballot measure", "the Friday framework", "Monday's vote";
 *   <li>it bounds a period: "since 2010", "by midnight", "from Wednesday", "starting in January",
 *       "between 2019 and 2022";
 *   <li>it is the date of what is scheduled, not of the scheduling: "set sentencing for June 20";
 *   <li>it dates a participle after the verb, which refers to something told elsewhere ("does not
 *       include the spending agreed on Friday");
 *   <li>its clause states rather than acts ("the lights were still on"), is in the present ("the
 *       letter tells departments"), or is hypothetical ("would cut service", "if they meet"), as is
 *       a clause that hangs on a hypothetical one ("would have lent... while the counties
 *       prepared").
 * </ul>
 */
final class EventDates {

  /** Words before a date that make it the start or end of a period rather than a moment. */
  private static final Set<String> BOUNDS = Set.of("since", "until", "till", "through",
      "throughout", "by", "from", "beginning", "starting", "ending", "between");
  /** Words that join the two ends of a range: "between 2019 and 2022", "from May to July". */
  private static final Set<String> RANGE = Set.of("and", "to", "until", "through", "-", "–");
  /** Words between such a bound and its date: "by the end of March", "starting in January". */
  private static final Set<String> BOUND_FILLERS = Set.of("the", "end", "start", "beginning",
      "middle", "close", "of", "in", "on", "at");

  private EventDates() {
  }

  /** How a clause's verb stands to what happened. */
  enum Mood {
    /** It happened: "vetoed", "had driven", "has signed". */
    PAST,
    /** It is so, or is being done: "sits", "tells", "is arguing". */
    PRESENT,
    /** It is to happen: "will vote". */
    FUTURE,
    /** It may or might have: "would cut", "could push", "if they meet". */
    HYPOTHETICAL,
    /** A state, not an action: "were still on", "has 12 days". */
    STATE,
    /** The clause has no verb. */
    NONE
  }

  /** The dates that date an event, by the index of the clause that is the event, in text order. */
  static Map<Integer, List<DateMention>> of(Clauses clauses, List<DateMention> dates) {
    Map<Integer, List<DateMention>> events = new TreeMap<>();
    for (DateMention date : dates) {
      clauseOf(clauses, date).ifPresent(c -> events.computeIfAbsent(c, k -> new ArrayList<>())
          .add(date));
    }
    return events;
  }

  /** The clause a date dates an event of, if it dates one. */
  private static Optional<Integer> clauseOf(Clauses clauses, DateMention date) {
    Sentence sentence = clauses.sentence();
    List<Word> w = sentence.words();
    int first = -1;
    int last = -1;
    for (int i = 0; i < w.size(); i++) {
      if (w.get(i).span().overlaps(date.span())) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0 || w.get(first).is(Sentence.QUOTE) || sentence.quoted(w.get(first))) {
      return Optional.empty();
    }
    Optional<TimexValue> when = TimexValue.parse(date.value());
    if (when.isEmpty() && !date.value().equals("PAST_REF")) {
      return Optional.empty();
    }
    if (Grammar.modifiesNoun(w, first, last) || boundsPeriod(w, first, sentence)) {
      return Optional.empty();
    }
    int clause = clauses.ownerOf(first);
    if (clause < 0 || refersBack(clauses, clause, first)) {
      return Optional.empty();
    }
    return eventful(clauses, clause, when.map(TimexValue::precision).orElse(null))
        ? Optional.of(clause) : Optional.empty();
  }

  private static boolean boundsPeriod(List<Word> w, int first, Sentence sentence) {
    if (first > 1 && RANGE.contains(Grammar.lower(w.get(first - 1)))
        && sentence.date(w.get(first - 2))) {
      return true;
    }
    if (first > 0 && Grammar.lower(w.get(first - 1)).equals("for")) {
      return true;
    }
    for (int j = first - 1; j >= 0; j--) {
      String lower = Grammar.lower(w.get(j));
      if (BOUNDS.contains(lower)) {
        return true;
      }
      if (!BOUND_FILLERS.contains(lower)) {
        return false;
      }
    }
    return false;
  }

  /**
   * "does not include the spending agreed on Friday": a date on a participle after the verb
   * refers to an event, it does not date this clause. Before the verb, the participle is part of
   * the subject or an opening phrase, whose time is the clause's time ("An analysis published
   * in April estimated").
   */
  private static boolean refersBack(Clauses clauses, int clause, int first) {
    Clause c = clauses.get(clause);
    List<Word> w = clauses.sentence().words();
    if (!c.hasVerb()) {
      return false;
    }
    for (int p = first - 1; p >= Math.max(c.verbEnd(), first - 3); p--) {
      Word word = w.get(p);
      if (Grammar.verb(w, p) && Grammar.pastForm(word) && p > 0 && Grammar.nominal(w.get(p - 1))) {
        return true;
      }
      if (!word.is("ADP", "ADV")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a clause reports an event: done, or fixed for a day. A clause that hangs on a
   * hypothetical or future one shares its mood.
   */
  static boolean eventful(Clauses clauses, int clause, @Nullable DatePrecision precision) {
    Mood mood = mood(clauses, clause);
    boolean scheduled = mood == Mood.FUTURE && precision == DatePrecision.DAY;
    if (mood != Mood.PAST && !scheduled) {
      return false;
    }
    Clause c = clauses.get(clause);
    if (c.kind() == Clause.Kind.ADVERBIAL || c.kind() == Clause.Kind.COMPLEMENT) {
      for (int p = c.parent(); p >= 0; p = clauses.get(p).parent()) {
        Mood outer = mood(clauses, p);
        if (outer == Mood.HYPOTHETICAL || outer == Mood.FUTURE && !scheduled) {
          return false;
        }
      }
    }
    return true;
  }

  /** The mood of a clause, read from its verb group and the word that opened it. */
  static Mood mood(Clauses clauses, int clause) {
    Clause c = clauses.get(clause);
    if (!c.hasVerb()) {
      return Mood.NONE;
    }
    if (c.opener() != null && Grammar.lower(c.opener()).matches("if|unless")) {
      return Mood.HYPOTHETICAL;
    }
    List<Word> words = clauses.sentence().words();
    List<Word> group = words.subList(c.verb(), c.verbEnd());
    List<Word> verbs = new ArrayList<>();
    for (int i = 0; i < group.size(); i++) {
      String lower = Grammar.lower(group.get(i));
      if (Grammar.HYPOTHETICAL.stream().anyMatch(m -> lower.equals(m) || lower.startsWith(m + "n")
          || lower.equals(m + "n't"))) {
        return Mood.HYPOTHETICAL;
      }
      if (Grammar.FUTURE.stream().anyMatch(f -> lower.equals(f) || lower.endsWith(f))
          || lower.equals("won't")) {
        return Mood.FUTURE;
      }
      // Read in the whole sentence: whether a word is a verb depends on the words around it.
      if (Grammar.verb(words, c.verb() + i)
          && !Grammar.lower(group.get(Math.max(0, i - 1))).equals("to")) {
        verbs.add(group.get(i));
      }
    }
    if (verbs.isEmpty() || Grammar.COPULAS.contains(Grammar.lower(verbs.get(0)))) {
      return Mood.STATE;
    }
    Word first = group.get(0);
    if (first.is("AUX") && first != verbs.get(0)) {
      return Grammar.lower(first).matches("was|were|had|did|has|have|hadn't|didn't|hasn't"
          + "|haven't|wasn't|weren't|'ve|'d") ? Mood.PAST : Mood.PRESENT;
    }
    return Grammar.pastForm(verbs.get(0)) ? Mood.PAST : Mood.PRESENT;
  }
}
