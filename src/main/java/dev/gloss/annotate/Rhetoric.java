package dev.gloss.annotate;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Cues that a sentence voices a view, a promise or a jab rather than a fact a reader could check:
 * opinion and questions, promises and schedules, a speaker's own intentions and moods, answers
 * framed by the question they dodge, conditionals, and quoted characterisations ("said the plan
 * was 'a death sentence'"). Each cue lowers the claim score by its weight.
 */
final class Rhetoric {

  /**
   * One cue against check-worthiness.
   *
   * @param pattern what to look for in the sentence
   * @param weight how much it lowers the score
   * @param label the feature's name as the JSON shows it
   */
  record Cue(Pattern pattern, double weight, String label) {

    boolean in(String sentence) {
      return pattern.matcher(sentence).find();
    }
  }

  /** "I think", "should", a question mark. */
  static final Cue OPINION = new Cue(Pattern.compile(
      "\\b(?:I think|we think|I believe|we believe|I feel|should|must|ought|hope|hopefully|"
          + "I'm|we're|I am|we are|I want|we want|let's|my view|in my opinion|frankly|"
          + "obviously|clearly|there (?:is|was) no need|(?:full|complete|total) (?:confidence|support|"
          + "backing))\\b|\\?", Pattern.CASE_INSENSITIVE), 1.8, "opinion or a question");

  /**
   * "Seventy kilometres is not a drive, it is a sentence": an antithesis argues by metaphor. "The
   * levy is not a tax" alone may rebut, and is left to the denial cues.
   */
  static final Cue ANTITHESIS = new Cue(Pattern.compile(
      "\\b(?:is|are|was|were)(?: not|n['\u2019]t) (?:an? )?[^,.;]{1,40}[,;] (?:it|this|that|they)"
          + "(?:['\u2019]s| is| are| was| were) (?:an? )?\\p{L}+", Pattern.CASE_INSENSITIVE), 1.8,
      "an antithesis");

  /**
   * "Haché, whose three MLAs voted with the opposition, was blunter.": a sentence that only says
   * how the next speaker spoke leads in to a quotation.
   */
  static final Cue LEAD_IN = new Cue(Pattern.compile(
      "\\b(?:was|were)\\s+(?:(?:more|less|even|far|much)\\s+)?" + Vocabulary.alternation("stances.txt",
          "manners") + "\\W*$", Pattern.CASE_INSENSITIVE), 1.8, "a lead-in to a quotation");

  /** "We will be back", "we would like to", "would, if elected, repeal": a promise, not a forecast. */
  static final Cue PROMISE = new Cue(Pattern.compile(
      "\\b(?:(?:I|we|I'll|we'll)\\s+(?:will|would like|are going to)|would like to|if (?:re-?)?elected)\\b",
      Pattern.CASE_INSENSITIVE), 1.6, "a promise");

  /** A day, month, season or clock time, as a schedule names when something is to happen. */
  private static final String WHEN = "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|"
      + "tonight|january|february|march|april|may|june|july|august|september|october|november|"
      + "december|(?:jan|feb|aug|sept?|oct|nov|dec)\\.|spring|summer|autumn|fall|winter|week|"
      + "month|year|morning|afternoon|evening|the (?:weekend|new year)|\\d{1,2}(?:[.:]\\d\\d)?\\s?"
      + "(?:am|pm|a\\.m\\.|p\\.m\\.)|\\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
      + "oct|nov|dec))\\b";
  /** What leads to the time: "on Friday", "next spring", "as early as Friday"; not "by next year". */
  private static final String AT = "(?<!\\bby )(?:(?:on|in|at|from|until|next|this|later|early|as early as)"
      + "\\s+)+" + WHEN;

  /**
   * "Owners will be notified", "the ballot would open on 1 August", "the vote is expected this
   * week", "the changes would be reviewed in April", "installation would begin in October",
   * "unions have called a strike for Monday": logistics, not news. A target year ("cut by 2030")
   * is left to the forecast cues.
   */
  static final Cue SCHEDULE = new Cue(Pattern.compile(
      "\\b(?:(?:will|would) be (?:notified|read|held|open|closed|announced|published)|(?:will|"
          + "would) (?:close|open|reopen|publish|meet) (?:at|on)|is due (?:on|to)"
          + "|(?:is|are|was|were) (?:expected|due|scheduled|set|listed|planned|timetabled)"
          + " (?:(?!to\\b)[\\p{L}-]+ ){0,3}?" + AT
          + "|(?:will|would) be \\p{L}+(?:ed|en|wn) (?:[\\p{L}-]+ ){0,3}?" + AT
          + "|(?:will|would|could) (?:begin|start|resume|continue|open|close|reopen|meet|publish|sit|"
          + "return|take up|go ahead|vote|debate|hear|rule|report|decide)\\b[^.;,]{0,40}?\\b" + AT
          + "|(?:called|planned|scheduled|set|fixed|listed) (?:[\\p{L}-]+ ){0,3}?for " + WHEN + ")",
      Pattern.CASE_INSENSITIVE), 2.0, "a schedule");

  /**
   * "Said his client would appeal", "said they would oppose": what the speaker means to do is a
   * promise, not a forecast anyone could check yet.
   */
  static final Cue INTENTION = new Cue(Pattern.compile(
      "\\b(?:said|says|told(?: \\p{L}+){1,5}?)(?:\\s+that)?\\s+(?:he|she|they|we|I|it|(?:his|her|its|their|our)"
          + "\\s+" + Vocabulary.alternation("stances.txt", "bodies") + ")\\s+(?:would|will|was going to|were "
          + "going to|planned to|plans to|hoped to|hopes to|wanted to|wants to|intended to|"
          + "intends to)\\b|\\b(?:they|it|he|she|we)\\s+(?:could|would|might)\\s+(?:support|back|"
          + "oppose|vote for|vote against)\\b"), 2.0, "an intention");

  /**
   * "Said she was open to changes", "said in a statement that it was 'disappointed'", "told
   * reporters after the vote that she was 'not surprised'": the speaker's mood or stance.
   */
  static final Cue MOOD = new Cue(Pattern.compile(
      "\\b(?:said|says|told(?: [\\p{L}-]+){1,5}?)(?:\\s+(?:in|on|after)(?:\\s+[\\p{L}-]+){1,3})?(?:\\s+that)?"
          + "\\s+(?:he|she|they|I|we|it)\\s+(?:was|were|is|are|had been)\\s+[\"\u201c\u2018']?(?:not\\s+)?"
          + Vocabulary.alternation("stances.txt", "moods") + "\\b"),
      1.4, "the speaker's own mood or stance");

  /** "Asked whether she would resign, ...": the answer to a question, usually a deflection. */
  static final Cue ANSWER = new Cue(Pattern.compile(
      "^\\W*(?:Asked|Pressed)\\b|\\bsaid only\\b|,\\s+asked\\b[^,]*\\bwhether\\b"),
      1.2, "an answer to a question");

  /** "If you want to trade stocks, ...": a conditional argues, it does not report. */
  static final Cue CONDITIONAL = new Cue(Pattern.compile("^\\W*(?:If|Unless)\\b"), 1.0,
      "a conditional");

  /**
   * "Either he didn't know, or he misled us": a dilemma puts two charges and makes neither, so it
   * outweighs the accusation it holds.
   */
  static final Cue DILEMMA = new Cue(Pattern.compile("^\\W*Either\\b[^.;]*\\bor\\b"), 2.0,
      "a dilemma");

  /**
   * "You told this council...", "Governor, your own engineer...": words aimed at someone in the
   * room, named or not, are a jab.
   */
  static final Cue ADDRESS = new Cue(Pattern.compile(
      "^\\W*(?:(?:\\p{Lu}[\\p{L}.'\u2019-]*\\s){0,2}\\p{Lu}[\\p{L}.'\u2019-]*,\\s+)?(?:[Yy]ou|[Yy]our)\\b"), 1.0,
      "words addressed to someone");

  /**
   * A quoted phrase that is the whole predicate ("the claim was 'simply false'", "were 'counting
   * on their fingers'", "had 'nothing to hide' on grants"): a characterisation in the speaker's
   * words. Only counted when the quote is a partial one.
   */
  static final Cue CHARACTERISATION = new Cue(Pattern.compile(
      "\\b(?:is|are|was|were|had been|had|has)\\s+(?:only\\s+|simply\\s+)?[\"\u201c\u2018'][^\"\u201c"
          + "\u201d\u2018\u2019]+[\"\u201d\u2019']?(?:\\s+(?:on|about|over|in|for|to|at|with|from|by)\\s+"
          + "(?:the\\s+|its\\s+|his\\s+|her\\s+|their\\s+)?[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)?\\W*$"), 1.3,
      "a quoted characterisation");

  /** The cues that apply to every sentence. */
  static final List<Cue> ALWAYS = List.of(OPINION, PROMISE, SCHEDULE, INTENTION, MOOD, ANSWER,
      CONDITIONAL, DILEMMA, ADDRESS, ANTITHESIS, LEAD_IN);

  private Rhetoric() {
  }
}
