package dev.gloss.annotate.eval;

import dev.gloss.annotate.Annotator;
import dev.gloss.annotate.time.DateContext;
import dev.gloss.model.Annotations;
import dev.gloss.model.Claim;
import dev.gloss.model.Quote;
import dev.gloss.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Runs the annotator over gold passages and counts what it got right: quote spans (exact and
 * overlapping), speakers and kinds of matched quotes, claims (overlapping sentences) and their
 * types, entity mentions where the gold has them, and date expressions with their values. A
 * record is scored only for what it was annotated for (see {@link GoldItem#scores()}).
 */
public final class Scorer {

  /**
   * The totals over a gold set.
   *
   * @param passages how many passages were scored
   * @param quotesExact quote spans matching to the character
   * @param quotesOverlap quote spans matching by overlap, one to one
   * @param speakers correct speakers among overlap-matched quotes (matched = correct, gold = all)
   * @param kinds correct kinds among overlap-matched quotes
   * @param claims claims matching a gold claim's sentence by overlap
   * @param claimTypes correct types among matched claims
   * @param entityMentions entity mentions, exact spans, where the gold lists entities
   * @param entityTypes right types among gold entities that share a mention with a predicted one
   * @param datesExact date spans matching to the character
   * @param datesOverlap date spans matching by overlap, one to one
   * @param dateValues right values among overlap-matched dates
   * @param dateConflicts conflict flags set on both sides / predicted / in the gold
   */
  public record Report(int passages, Counts quotesExact, Counts quotesOverlap, Counts speakers,
      Counts kinds, Counts claims, Counts claimTypes, Counts entityMentions, Counts entityTypes,
      Counts datesExact,
      Counts datesOverlap, Counts dateValues, Counts dateConflicts) {
  }

  private final Annotator annotator;

  public Scorer(Annotator annotator) {
    this.annotator = annotator;
  }

  /**
   * Scores every passage.
   *
   * @param items the gold passages
   * @param mistakes told of each mistake, one line each, for a person tuning the rules
   */
  public Report score(List<GoldItem> items, Consumer<String> mistakes) {
    Counts exact = Counts.ZERO;
    Counts overlap = Counts.ZERO;
    Counts speakers = Counts.ZERO;
    Counts kinds = Counts.ZERO;
    Counts claims = Counts.ZERO;
    Counts claimTypes = Counts.ZERO;
    EntityScorer.Tally entities = EntityScorer.Tally.ZERO;
    DateScorer.Tally dates = DateScorer.Tally.ZERO;
    for (GoldItem item : items) {
      LocalDate date = item.date() == null || item.date().length() != 10 ? null
          : LocalDate.parse(item.date());
      DateContext context = date == null ? DateContext.NONE
          : item.dateNote() != null ? DateContext.assumed(date) : DateContext.of(date);
      Annotations found = annotator.annotate(item.text(), context);
      String id = item.id() == null ? "?" : item.id();
      String text = item.text();
      if (item.scores("dates")) {
        dates = dates.plus(DateScorer.score(id, text, found.dates(), item.datesOrEmpty(),
            mistakes));
      }
      if (item.scores("entities") && item.entities() != null) {
        entities = entities.plus(EntityScorer.score(id, text, found.entities(), item.entities(),
            mistakes));
      }
      if (!item.scores("quotes") && !item.scores("claims")) {
        continue;
      }

      List<Span> predictedQuotes = item.scores("quotes")
          ? found.quotes().stream().map(Quote::span).toList() : List.of();
      List<Span> goldQuotes = item.quotesOrEmpty().stream()
          .map(g -> new Span(g.start(), g.end())).toList();
      int exactMatches = (int) predictedQuotes.stream().filter(goldQuotes::contains).count();
      exact = exact.plus(new Counts(exactMatches, predictedQuotes.size(), goldQuotes.size()));
      int[] quotePairs = match(predictedQuotes, goldQuotes);
      int matchedQuotes = 0;
      int rightSpeakers = 0;
      int rightKinds = 0;
      for (int p = 0; p < quotePairs.length; p++) {
        Quote quote = found.quotes().get(p);
        if (quotePairs[p] < 0) {
          mistakes.accept(id + ": extra quote \"" + abbreviate(quote.text()) + "\"");
          continue;
        }
        matchedQuotes++;
        GoldItem.GoldSpan gold = item.quotesOrEmpty().get(quotePairs[p]);
        if (sameSpeaker(quote.speaker().name(), gold.speaker())) {
          rightSpeakers++;
        } else {
          mistakes.accept(id + ": speaker of \"" + abbreviate(quote.text()) + "\" is "
              + quote.speaker().name() + ", gold says " + gold.speaker());
        }
        if (gold.kind() == null || gold.kind().equals(quote.kind().label())) {
          rightKinds++;
        } else {
          mistakes.accept(id + ": kind of \"" + abbreviate(quote.text()) + "\" is "
              + quote.kind().label() + ", gold says " + gold.kind());
        }
      }
      reportMissed(id, text, goldQuotes, quotePairs, "quote", mistakes);
      overlap = overlap.plus(new Counts(matchedQuotes, predictedQuotes.size(), goldQuotes.size()));
      speakers = speakers.plus(new Counts(rightSpeakers, matchedQuotes, matchedQuotes));
      kinds = kinds.plus(new Counts(rightKinds, matchedQuotes, matchedQuotes));

      List<Span> predictedClaims = item.scores("claims")
          ? found.claims().stream().map(Claim::span).toList() : List.of();
      List<Span> goldClaims = item.claimsOrEmpty().stream()
          .map(g -> new Span(g.start(), g.end())).toList();
      int[] claimPairs = match(predictedClaims, goldClaims);
      int matchedClaims = 0;
      int rightTypes = 0;
      for (int p = 0; p < claimPairs.length; p++) {
        Claim claim = found.claims().get(p);
        if (claimPairs[p] < 0) {
          mistakes.accept(id + ": extra claim (" + claim.type().label() + ") \""
              + abbreviate(claim.text()) + "\"");
          continue;
        }
        matchedClaims++;
        String goldType = item.claimsOrEmpty().get(claimPairs[p]).type();
        if (claim.type().label().equals(goldType)) {
          rightTypes++;
        } else {
          mistakes.accept(id + ": claim type " + claim.type().label() + ", gold says " + goldType
              + ": \"" + abbreviate(claim.text()) + "\"");
        }
      }
      reportMissed(id, text, goldClaims, claimPairs, "claim", mistakes);
      claims = claims.plus(new Counts(matchedClaims, predictedClaims.size(), goldClaims.size()));
      claimTypes = claimTypes.plus(new Counts(rightTypes, matchedClaims, matchedClaims));
    }
    return new Report(items.size(), exact, overlap, speakers, kinds, claims, claimTypes,
        entities.mentions(), entities.types(), dates.exact(), dates.overlap(), dates.values(),
        dates.conflicts());
  }

  /**
   * Pairs predictions with gold items one to one, each with the gold item it overlaps most (at
   * least half of the shorter of the two).
   *
   * @return for each prediction, the index of its gold item, or -1
   */
  static int[] match(List<Span> predicted, List<Span> gold) {
    int[] pairs = new int[predicted.size()];
    boolean[] used = new boolean[gold.size()];
    for (int p = 0; p < predicted.size(); p++) {
      pairs[p] = -1;
      int best = 0;
      for (int g = 0; g < gold.size(); g++) {
        Span a = predicted.get(p);
        Span b = gold.get(g);
        int shared = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
        if (!used[g] && shared > best && shared * 2 >= Math.min(a.length(), b.length())) {
          best = shared;
          pairs[p] = g;
        }
      }
      if (pairs[p] >= 0) {
        used[pairs[p]] = true;
      }
    }
    return pairs;
  }

  private static void reportMissed(String id, String text, List<Span> gold, int[] pairs,
      String what, Consumer<String> mistakes) {
    List<Integer> matched = new ArrayList<>();
    for (int pair : pairs) {
      matched.add(pair);
    }
    for (int g = 0; g < gold.size(); g++) {
      if (!matched.contains(g)) {
        mistakes.accept(id + ": missed " + what + " \"" + abbreviate(gold.get(g).of(text)) + "\"");
      }
    }
  }

  /** Speakers compare without case, "the", or the difference between curly and straight marks. */
  static boolean sameSpeaker(String predicted, String gold) {
    return normalise(predicted).equals(normalise(gold == null ? "unknown" : gold));
  }

  private static String normalise(String name) {
    return name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceFirst("^the\\s+", "")
        .strip();
  }

  private static String abbreviate(String text) {
    String flat = text.replace('\n', ' ');
    return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
  }
}
