package dev.gloss.annotate;

import dev.gloss.model.Claim;
import dev.gloss.model.ClaimType;
import dev.gloss.model.Quote;
import dev.gloss.model.Span;
import dev.gloss.nlp.Tagger;
import dev.gloss.nlp.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Scores each sentence for check-worthiness from features a fact-checker would name (a figure, a
 * date, an accusation, a denial, a forecast, a comparison, a reporting verb; against: the
 * {@link Rhetoric} cues) and types the ones that pass. A sentence that is mostly a direct quotation
 * is judged by the quoted words alone ({@link SpeechFrame}), so that every "she said" does not
 * lend rhetoric the weight of reported fact. The weights are a hand-set logistic model, evaluated
 * against the gold sets with {@code gloss eval}.
 */
final class ClaimDetector {

  private static final double THRESHOLD = 0.5;
  private static final double BIAS = -1.6;

  // An abbreviated month ends on its stop, after which a word boundary cannot follow a space:
  // "Feb. 3" needs the stop outside the closing word boundary. "May" is a month only with its
  // capital: "families may differ" is a modal.
  private static final Pattern DATE = Pattern.compile(
      "\\b(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
          + "april|june|july|august|september|october|november|december|yesterday|today|"
          + "tonight|last (?:week|month|year|night)|this (?:week|month|year)|(?:19|20)\\d{2}s?|"
          + "\\w+ (?:days?|weeks?|months?|years?) (?:later|earlier|ago))\\b|"
          + "(?:jan|feb|aug|sept?|oct|nov|dec)\\.|(?-i:May)\\b)", Pattern.CASE_INSENSITIVE);
  private static final Pattern TODAY = Pattern.compile("\\btoday\\b", Pattern.CASE_INSENSITIVE);
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
      "\\b(?:" + Vocabulary.alternation("accusations.txt") + "|" + Wrongdoing.LEFT_OUT
          + "|accus\\w*|alleg\\w*|claimed (?:that|the)|"
          + "charged with|blamed|exploit\\w*|coerc\\w*|fraud\\w*|misled|misleading|cover-?up|harass\\w*|"
          + "abus\\w*|lured|illegal\\w*|unlawful\\w*|violat\\w*|breach\\w*|corrupt\\w*|"
          + "br(?:oke|oken|eaking) (?:[\\p{L}'\u2019]+ ){0,3}?(?:law|laws|rules?|code))\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DENIAL = Pattern.compile(
      "\\b(?:den(?:y|ies|ied|ying|ial)|rejected|rejects|refut\\w*|disputed|disputes|"
          + "not true|false|untrue|no obligation|voluntary|never (?:said|did|was)|(?:have|has|had) never|"
          + "(?:did|does|do)(?: not|n['\u2019]t) accept)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PREDICTION = Pattern.compile(
      "\\b(?:would|expected to|expects|forecasts?|forecast|(?:un)?likely|is set to|are set to|on "
          + "course to|projected|predict\\w*|expect(?:s|ed)?\\s+(?:\\p{L}+\\s+){1,3}to)\\b", Pattern.CASE_INSENSITIVE);
  /** Reported speech: "said that...", "argued that...", "say she has not been...". */
  private static final Pattern INDIRECT = Pattern.compile(
      "\\b(?:(?:said|says|say|argued|noted|insisted|explained|added|claimed|wrote|warned|told "
          + "\\p{L}+)(?:\\s+(?:on\\s+)?\\p{Lu}\\p{L}+day|\\s+(?:in|on|after)(?:\\s+[\\p{L}-]+){1,3})?\\s+that|(?:said|says|say)\\s+"
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
          + "longest|shortest|oldest|youngest|greatest|smallest|first|record|more than|less "
          + "than|fewer than|compared (?:with|to)|than|twice as|half as|top|leading|"
          + "(?:up|down) from|rose|fell|doubled|halved)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern SOURCE = Pattern.compile(
      "(" + Names.NAME + ")\\s+(?:has\\s+|had\\s+)?(?:reported|reports|claims|claimed|said|says|"
          + "announced|estimated|estimates|found|told|confirmed|alleged|alleges|denied|denies)\\b");
  private static final Pattern ACCORDING_TO = Pattern.compile(
      "\\baccording to\\s+((?:the\\s+)?" + Names.NAME + "|the [a-z]+(?: [a-z]+)?)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /**
   * How check-worthy one sentence looks.
   *
   * @param score the model's probability that the sentence is a claim
   * @param features the cues that raised or lowered it, for the reader of the JSON
   * @param source who the sentence is attributed to, if anyone
   */
  record Assessment(double score, List<String> features, @Nullable String source) {

    boolean isClaim() {
      return score >= THRESHOLD;
    }
  }

  List<Claim> detect(String text, List<Span> sentences, List<Quote> quotes) {
    List<Claim> claims = new ArrayList<>();
    for (Span sentence : sentences) {
      String s = sentence.of(text);
      Assessment assessment = assess(s, SpeechFrame.of(text, sentence, quotes));
      if (!assessment.isClaim()) {
        continue;
      }
      ClaimType type = ClaimTyper.type(s);
      double rounded = Math.round(assessment.score() * 100) / 100.0;
      claims.add(new Claim("c" + (claims.size() + 1), sentence, s, type, rounded,
          assessment.source(), assessment.features()));
    }
    return claims;
  }

  /**
   * Scores one sentence.
   *
   * @param sentence the sentence
   * @param frame how it reports speech
   */
  Assessment assess(String sentence, SpeechFrame frame) {
    Tally tally = new Tally();
    // A quotation's "she said" is not a fact about the world: judge what was said.
    boolean quoted = frame.mostlyQuoted();
    String s = quoted ? frame.quoted() : sentence;
    String plain = QuoteMarks.withoutMarks(s);
    tally.add(Figures.in(s), 2.4, "a figure");
    // The date of a schedule ("would be reviewed in April") dates the plan, not a fact.
    String unscheduled = Rhetoric.SCHEDULE.pattern().matcher(s).replaceAll(" ");
    boolean dated = tally.add(DATE.matcher(unscheduled).find(), 0.9, "a date");
    // Tagged once, for the tense and the superlatives.
    List<Word> words = Tagger.tag(plain, new Span(0, plain.length()));
    boolean deed = PastTense.in(words);
    tally.add(deed || PAST.matcher(REPORTING.matcher(s).replaceAll(" ")).find(), 0.5,
        "a past-tense verb");
    // A dated deed ("Ms Hale signed the order on Tuesday") is news. "Today" does not date one: in
    // speech it frames a soundbite ("Today we took a step"), and capitalised it is as often a
    // programme's name.
    tally.add(dated && deed && DATE.matcher(TODAY.matcher(unscheduled).replaceAll(" ")).find(),
        0.4, "something that happened on a date");
    boolean reporting = tally.add(REPORTING.matcher(sentence).find(), 0.6, "a reporting verb");
    boolean allegation = tally.add(ALLEGATION.matcher(s).find(), 1.6, "an accusation");
    boolean denial = tally.add(DENIAL.matcher(plain).find() || Wrongdoing.rebutted(plain),
        1.6, "a denial");
    // The future of an intention, a promise or a schedule is the plan itself, no forecast to weigh.
    tally.add(PREDICTION.matcher(s).find() && !Rhetoric.INTENTION.in(s) && !Rhetoric.PROMISE.in(s)
        && !Rhetoric.SCHEDULE.in(s), 0.6, "a statement about the future");
    tally.add(COMPARISON.matcher(s).find() || Superlative.in(words), 0.8, "a comparison");
    tally.add(INDIRECT.matcher(s).find(), 0.9, "reported speech");
    tally.add(EVENT.matcher(s).find(), 1.0, "something that happened");
    String source = quoted ? null : source(s);
    tally.add(source != null && reporting, 0.8, "attributed to " + source);
    for (Rhetoric.Cue cue : Rhetoric.ALWAYS) {
      tally.add(cue.in(s), -cue.weight(), "against: " + cue.label());
    }
    // "The premier rejected the claim." is short but complete.
    tally.add(countWords(sentence) < 6 && (quoted || !denial && !allegation), -1.2,
        "against: very short");
    tally.add(!quoted && frame.partial() && Rhetoric.CHARACTERISATION.in(s),
        -Rhetoric.CHARACTERISATION.weight(), "against: " + Rhetoric.CHARACTERISATION.label());
    return new Assessment(1 / (1 + Math.exp(-tally.z)), tally.features, source);
  }

  /** The running log-odds of one sentence and the cues that moved it. */
  private static final class Tally {

    private double z = BIAS;
    private final List<String> features = new ArrayList<>();

    /** Adds a cue's weight when it is present, and says whether it was. */
    boolean add(boolean present, double weight, String label) {
      if (present) {
        z += weight;
        features.add(label);
      }
      return present;
    }
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
