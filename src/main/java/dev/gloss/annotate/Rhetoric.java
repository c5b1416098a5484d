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
          + "obviously|clearly)\\b|\\?", Pattern.CASE_INSENSITIVE), 1.8, "opinion or a question");

  /** "We will be back", "we would like to": a promise, not a forecast. */
  static final Cue PROMISE = new Cue(Pattern.compile(
      "\\b(?:(?:I|we|I'll|we'll)\\s+(?:will|would like|are going to)|would like to)\\b",
      Pattern.CASE_INSENSITIVE), 1.2, "a promise");

  /** "Owners will be notified", "the ballot would open on 1 August": logistics, not news. */
  static final Cue SCHEDULE = new Cue(Pattern.compile(
      "\\b(?:(?:will|would) be (?:notified|read|held|open|closed|announced|published)|(?:will|"
          + "would) (?:close|open|reopen|publish|meet) (?:at|on)|is due (?:on|to))\\b",
      Pattern.CASE_INSENSITIVE), 1.6, "a schedule");

  /**
   * "Said his client would appeal", "said they would oppose": what the speaker means to do is a
   * promise, not a forecast anyone could check yet.
   */
  static final Cue INTENTION = new Cue(Pattern.compile(
      "\\b(?:said|says|told(?: \\p{L}+){1,5}?)(?:\\s+that)?\\s+(?:he|she|they|we|I|it|(?:his|her|its|their)"
          + "\\s+(?:client|members|party|side|government|team))\\s+(?:would|will|was going to|were "
          + "going to|planned to|plans to|hoped to|hopes to|wanted to|wants to|intended to|"
          + "intends to)\\b|\\b(?:they|it|he|she|we)\\s+(?:could|would|might)\\s+(?:support|back|"
          + "oppose|vote for|vote against)\\b"), 1.4, "an intention");

  /** "Said she was open to changes", "said she was not paying attention to polls". */
  static final Cue MOOD = new Cue(Pattern.compile(
      "\\b(?:said|says)(?:\\s+that)?\\s+(?:he|she|they|I|we)\\s+(?:was|were|is|are)\\s+(?:not\\s+)?"
          + "(?:open|ready|willing|confident|proud|happy|pleased|determined|sure|certain|"
          + "disappointed|stunned|committed|paying attention|focused|looking forward)\\b"),
      1.4, "the speaker's own mood or stance");

  /** "Asked whether she would resign, ...": the answer to a question, usually a deflection. */
  static final Cue ANSWER = new Cue(Pattern.compile(
      "^\\W*(?:Asked|Pressed)\\b|\\bsaid only\\b|,\\s+asked\\b[^,]*\\bwhether\\b"),
      1.2, "an answer to a question");

  /** "If you want to trade stocks, ...": a conditional argues, it does not report. */
  static final Cue CONDITIONAL = new Cue(Pattern.compile("^\\W*(?:If|Unless|Either)\\b"), 1.0,
      "a conditional");

  /** "You told this council...": words aimed at someone in the room are a jab. */
  static final Cue ADDRESS = new Cue(Pattern.compile("^\\W*You\\b"), 1.0,
      "words addressed to someone");

  /**
   * A quoted phrase that is the whole predicate ("the claim was 'simply false'", "were 'counting
   * on their fingers'"): a characterisation in the speaker's words. Only counted when the quote is
   * a partial one.
   */
  static final Cue CHARACTERISATION = new Cue(Pattern.compile(
      "\\b(?:is|are|was|were|had been|had|has)\\s+(?:only\\s+|simply\\s+)?[\"\u201c\u2018'][^\"\u201c"
          + "\u201d\u2018\u2019]+[\"\u201d\u2019']?\\W*$"), 1.3, "a quoted characterisation");

  /** The cues that apply to every sentence. */
  static final List<Cue> ALWAYS = List.of(OPINION, PROMISE, SCHEDULE, INTENTION, MOOD, ANSWER,
      CONDITIONAL, ADDRESS);

  private Rhetoric() {
  }
}
