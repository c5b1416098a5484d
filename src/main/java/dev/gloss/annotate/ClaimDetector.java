package dev.gloss.annotate;

import dev.gloss.model.Claim;
import dev.gloss.model.ClaimType;
import dev.gloss.model.Quote;
import dev.gloss.model.QuoteKind;
import dev.gloss.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Scores each sentence for check-worthiness from features a fact-checker would name (a figure, a
 * date, an accusation, a denial, a forecast, a comparison, a reporting verb; against: opinion,
 * questions) and types the ones that pass. The weights are a hand-set logistic model, evaluated
 * against the gold set with {@code gloss eval}.
 */
final class ClaimDetector {

  private static final double THRESHOLD = 0.5;
  private static final double BIAS = -1.6;

  private static final Pattern DATE = Pattern.compile(
      "\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
          + "april|may|june|july|august|september|october|november|december|jan\\.|feb\\.|aug\\.|"
          + "sept?\\.|oct\\.|nov\\.|dec\\.|yesterday|today|tonight|last (?:week|month|year|night)|"
          + "this (?:week|month|year)|(?:19|20)\\d{2})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern PAST = Pattern.compile(
      "\\b(?:was|were|had|did|made|took|cut|said|told|gave|went|came|began|found|won|lost|rose|"
          + "fell|sold|paid|left|met|held|built|ran|hit|spent|brought|became|chose|drew|shut|"
          + "closed|opened|leaked|signed|voted|approved|announced|launched|released|arrested|"
          + "charged|killed|died|injured|resigned|fired|hired|filed|ruled|passed|reported|"
          + "\\p{L}{3,}ed)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern REPORTING = Pattern.compile(
      "\\b(?:reported|reports|according to|claims|claimed|said|says|told|announced|confirmed|"
          + "stated|found|estimated|estimates|shows|showed|revealed|disclosed)\\b",
      Pattern.CASE_INSENSITIVE);
  // The cues below decide whether a sentence is worth checking, and are broader on purpose than
  // ClaimTyper's, which decide its type: sharing them cost claim F1 on both gold sets.
  private static final Pattern ALLEGATION = Pattern.compile(
      "\\b(?:accus\\w*|alleg\\w*|claimed (?:that|the)|charged with|blamed|exploit\\w*|coerc\\w*|"
          + "fraud\\w*|misled|misleading|cover-?up|harass\\w*|abus\\w*|lured|illegal\\w*|"
          + "unlawful\\w*|violat\\w*|breach\\w*)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DENIAL = Pattern.compile(
      "\\b(?:den(?:y|ies|ied|ying|ial)|rejected|rejects|refut\\w*|dismissed|disputed|disputes|"
          + "not true|false|untrue|no obligation|voluntary|never (?:said|did|was))\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PREDICTION = Pattern.compile(
      "\\b(?:would|expected to|expects|forecasts?|forecast|likely|is set to|are set to|on course "
          + "to|projected|predict\\w*)\\b", Pattern.CASE_INSENSITIVE);
  /** "We will be back", "Owners will be notified": a promise or a schedule, not a forecast. */
  private static final Pattern PROMISE = Pattern.compile(
      "\\b(?:(?:I|we|I'll|we'll)\\s+(?:will|would like|are going to)|will be (?:notified|read|"
          + "held|open|closed)|will (?:close|open|reopen|publish|meet) (?:at|on)|is due (?:on|to)|"
          + "would like to)\\b", Pattern.CASE_INSENSITIVE);
  /** Reported speech: "said that...", "argued that...", "say she has not been...". */
  private static final Pattern INDIRECT = Pattern.compile(
      "\\b(?:(?:said|says|say|argued|noted|insisted|explained|added|claimed|wrote|warned|told "
          + "\\p{L}+)(?:\\s+(?:on\\s+)?\\p{Lu}\\p{L}+day)?\\s+that|(?:said|says|say)\\s+"
          + "(?:the|his|her|its|their|she|he|it|they)\\s)\\b", Pattern.CASE_INSENSITIVE);
  /** Verbs of things that happened, which make a sentence an event without any number. */
  private static final Pattern EVENT = Pattern.compile(
      "\\b(?:(?:was|were|has been|have been|had been)\\s+(?:arrested|charged|filed|published|"
          + "signed|detained|released|killed|injured|jailed|sentenced|sold|approved|launched|"
          + "summoned|fined|sued|found)|resigned|arrested|detained|sued|leaked|collapsed|crashed|"
          + "died|killed|protest(?:ed)?|decided|wrote to|refused to|pleaded|apologi[sz]ed|"
          + "recalled|summoned|hit the)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern COMPARISON = Pattern.compile(
      "\\b(?:most|least|largest|biggest|highest|lowest|fastest|slowest|best|worst|cheapest|"
          + "longest|shortest|oldest|youngest|greatest|smallest|first|only|record|more than|less "
          + "than|fewer than|compared (?:with|to)|than|twice as|half as|top|leading|"
          + "(?:up|down) from|rose|fell|doubled|halved)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern OPINION = Pattern.compile(
      "\\b(?:I think|we think|I believe|we believe|I feel|should|must|ought|hope|hopefully|"
          + "I'm|we're|I am|we are|I want|we want|let's|my view|in my opinion|frankly|"
          + "obviously|clearly)\\b|\\?", Pattern.CASE_INSENSITIVE);
  private static final Pattern SOURCE = Pattern.compile(
      "(" + Names.NAME + ")\\s+(?:has\\s+|had\\s+)?(?:reported|reports|claims|claimed|said|says|"
          + "announced|estimated|estimates|found|told|confirmed|alleged|alleges|denied|denies)\\b");
  private static final Pattern ACCORDING_TO = Pattern.compile(
      "\\baccording to\\s+((?:the\\s+)?" + Names.NAME + "|the [a-z]+(?: [a-z]+)?)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  List<Claim> detect(String text, List<Span> sentences, List<Quote> quotes) {
    List<Claim> claims = new ArrayList<>();
    for (Span sentence : sentences) {
      String s = sentence.of(text);
      List<String> features = new ArrayList<>();
      double z = BIAS;
      int words = countWords(s);
      boolean figure = ClaimTyper.hasFigure(s);
      if (figure) {
        z += 2.4;
        features.add("a figure");
      }
      boolean date = DATE.matcher(s).find();
      if (date) {
        z += 0.9;
        features.add("a date");
      }
      boolean past = PAST.matcher(s).find();
      if (past) {
        z += 0.5;
        features.add("a past-tense verb");
      }
      boolean reporting = REPORTING.matcher(s).find();
      if (reporting) {
        z += 0.6;
        features.add("a reporting verb");
      }
      boolean allegation = ALLEGATION.matcher(s).find();
      if (allegation) {
        z += 1.6;
        features.add("an accusation");
      }
      boolean denial = DENIAL.matcher(s).find();
      if (denial) {
        z += 1.6;
        features.add("a denial");
      }
      boolean prediction = PREDICTION.matcher(s).find();
      if (prediction) {
        z += 0.6;
        features.add("a statement about the future");
      }
      boolean comparison = COMPARISON.matcher(s).find();
      if (comparison) {
        z += 0.8;
        features.add("a comparison");
      }
      if (INDIRECT.matcher(s).find()) {
        z += 0.9;
        features.add("reported speech");
      }
      if (EVENT.matcher(s).find()) {
        z += 1.0;
        features.add("something that happened");
      }
      if (PROMISE.matcher(s).find()) {
        z -= 1.2;
        features.add("against: a promise or a schedule");
      }
      String source = source(s);
      if (source != null && reporting) {
        z += 0.8;
        features.add("attributed to " + source);
      }
      if (OPINION.matcher(s).find()) {
        z -= 1.8;
        features.add("against: opinion or a question");
      }
      if (words < 6) {
        z -= 1.2;
        features.add("against: very short");
      }
      if (insideDirectQuote(sentence, quotes)) {
        z -= 0.4;
        features.add("against: inside a quotation");
      }
      double score = 1 / (1 + Math.exp(-z));
      if (score < THRESHOLD) {
        continue;
      }
      ClaimType type = ClaimTyper.type(s);
      double rounded = Math.round(score * 100) / 100.0;
      claims.add(new Claim("c" + (claims.size() + 1), sentence, s, type, rounded, source,
          features));
    }
    return claims;
  }

  private static boolean insideDirectQuote(Span sentence, List<Quote> quotes) {
    for (Quote quote : quotes) {
      if (quote.kind() == QuoteKind.DIRECT && quote.span().start() <= sentence.start() + 1
          && quote.span().end() >= sentence.end() - 2) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable String source(String sentence) {
    Matcher according = ACCORDING_TO.matcher(sentence);
    if (according.find()) {
      return according.group(1);
    }
    Matcher matcher = SOURCE.matcher(sentence);
    String found = null;
    while (matcher.find()) {
      String name = Names.clean(matcher.group(1));
      if (!name.isBlank() && !Names.isShouted(name)) {
        found = name;
      }
    }
    return found;
  }

  private static int countWords(String text) {
    int count = 0;
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      count++;
    }
    return count;
  }
}
