package dev.gloss.ingest;

import dev.gloss.model.Caption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a photo caption by the credit that ends it ("(Credit: AFP)", "Photograph: Jane
 * Doe/PA", "(Photo by Alex Kim/Getty Images)", "... 2024. Maria Lopez/Springfield Ledger", "...
 * evening. Lakeshore Metro Times", "... for 18 months ALAMY", "....(Supplied: Shire Council)"), or
 * a line that is only a credit ("Image: Kestrel County Council", "Jane Doe / Outlet") under or
 * over its caption. The wording of credits (labels, agencies) lives in {@code credit-words.txt}.
 */
final class CreditLine {

  private static final PhraseList WORDS = PhraseList.load("credit-words.txt", true);
  private static final String WORD = WORDS.alternation("labels");
  /**
   * A label and what joins it to the name: "Photo: ", "Photo by ", "Photo by: ", "Photo Credit: ",
   * "Credit...", and, after two words only, a comma ("Image source, "), as screen readers print
   * it.
   */
  private static final String LABEL = "(?:" + WORD + "\\s+" + WORD + "\\s*(?:by\\b\\s*:?|[:,])|"
      + WORD + "\\s*(?:by\\b\\s*:?|:|\\.{3}|\u2026))\\s*";
  private static final String KNOWN = WORDS.alternation("names");
  /** A capitalised word of a name: "Lakeshore", "O'Neil", "Anand-Whitford", "M.". */
  private static final String NAME = "\\p{Lu}[\\p{L}.'\u2019-]*";
  /** Connecting words that stand inside a credit: "Jonah Feld for Harbor & Field". */
  private static final String CONNECTOR = "(?:for|of|the|and|&|de|van|von)";
  /** A whole lower-case word of four letters or more: a caption's sentence has some. */
  private static final Pattern PLAIN_WORD = Pattern.compile("(?<!\\p{L})\\p{Ll}{4,}(?!\\p{L})");
  private static final String SENTENCE_END = "[.!?\u201d\u2019\"']";
  private static final Pattern ENDS_SENTENCE = Pattern.compile(SENTENCE_END + "$");

  private static final Pattern PREFIX =
      Pattern.compile("^" + LABEL, Pattern.CASE_INSENSITIVE);
  private static final Pattern BRACKETED = Pattern.compile(
      "^(.*?)\\s*[(\\[]([^()\\[\\]]{0,40}\\b" + WORD + "\\b[^()\\[\\]]{0,60})[)\\]]\\s*$",
      Pattern.CASE_INSENSITIVE);
  /**
   * A sentence, then in brackets a credit with no label word: an agency's name ("(Supplied)"), a
   * source and a name ("(ANB Gippsland: Kieran Whitlock)") or a photographer and an outlet
   * ("(Deven Harcourt/CNB)"), glued on or after a space.
   */
  private static final Pattern BRACKETED_AFTER_SENTENCE = Pattern.compile(
      "^(.*?" + SENTENCE_END + ")\\s*[(\\[]((?i:" + KNOWN + ")|[^()\\[\\]:]{1,40}:\\s*\\p{Lu}"
          + "[^()\\[\\]]{0,60}(?<![.!?])|" + NAME + "(?:\\s+" + NAME + "){1,3}\\s?/\\s?" + NAME
          + "[\\p{L}&.'\u2019 -]{0,40})[)\\]]$");
  /**
   * A caption's sentence, perhaps a separator ("... Wednesday. | Photo Credit: X"), a credit, whose
   * label an outlet's initials may lead ("... from June. ST COURIER PHOTO: DARREN QUEK"), or
   * which a copy glues to the sentence ("... new policies.Credit...Jane Doe for The Times").
   */
  private static final Pattern LABELLED = Pattern.compile(
      "^(.*?" + SENTENCE_END + ")\\s*(?:[|\u2013\u2014]\\s+)?("
          + "(?-i:(?:\\p{Lu}[\\p{Lu}&.-]*\\s+){0,3})" + LABEL + "\\S.{0,80})$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME_SLASH_OUTLET = Pattern.compile(
      "^(.*?[.!?])\\s+((?:\\p{Lu}[\\p{L}.'\u2019-]*\\s){0,3}\\p{Lu}[\\p{L}.'\u2019-]*\\s?/\\s?"
          + "\\p{Lu}[\\p{L}&.'\u2019 -]{1,40})$");
  /**
   * A caption's sentence, then a name of two to six capitalised words with no stop after it: the
   * photographer or the outlet ("... on Sunday evening. Lakeshore Metro Times"). The sentence must
   * have plain lower-case words ({@link #PLAIN_WORD}), so a headline in Title Case ("Storm Hits
   * Coast. Thousands Flee") is not read as a caption and its credit.
   */
  private static final Pattern TITLE_CASE_TAIL = Pattern.compile(
      "^(.*?[.!?])\\s+(" + NAME + "(?:\\s+(?:" + CONNECTOR + "\\s+)?" + NAME + "){1,5})$");
  /** A caption, then an agency's name alone ("... for 18 months ALAMY", "... Monday. Reuters"). */
  private static final Pattern KNOWN_TAIL = Pattern.compile("^(.*\\S)\\s+((?i:" + KNOWN + "))$");
  /** The forms a caption and its credit take on one line, surest first. */
  private static final List<Pattern> FORMS = List.of(BRACKETED, BRACKETED_AFTER_SENTENCE,
      LABELLED, NAME_SLASH_OUTLET, TITLE_CASE_TAIL, KNOWN_TAIL);

  private static final Pattern STANDALONE = Pattern.compile(
      "^" + LABEL + "(\\S.{0,60})$", Pattern.CASE_INSENSITIVE);
  /** A line that is a photographer and an outlet and nothing else: "Jane Doe / Desert News". */
  private static final Pattern NAME_SLASH_OUTLET_ALONE = Pattern.compile(
      "^(" + NAME + "(?:\\s+" + NAME + "){1,3}\\s?/\\s?" + NAME + "[\\p{L}&.'\u2019 -]{0,40})$");
  private static final Pattern PICTURE_LABEL =
      Pattern.compile("^" + WORDS.alternation("picture-labels") + "$", Pattern.CASE_INSENSITIVE);
  private static final Pattern CAPTION_LABEL = Pattern.compile(
      "^" + WORDS.alternation("caption-labels") + "\\s*[,:]\\s*(\\S.*)$",
      Pattern.CASE_INSENSITIVE);

  private static final int MAX_CREDIT_WORDS = 8;
  /**
   * A credit without a label word is told only by its shape, which a paragraph's last words can
   * share; a caption is short, so a long line is not read that way.
   */
  private static final int MAX_UNLABELLED_CAPTION_WORDS = 40;
  /** A line too long to be such a caption and its credit is not matched against them at all. */
  private static final int MAX_UNLABELLED_LINE_WORDS =
      MAX_UNLABELLED_CAPTION_WORDS + MAX_CREDIT_WORDS;

  private CreditLine() {
  }

  /** The caption on this line, if the line ends with a photo credit. */
  static Optional<Caption> parse(String line) {
    boolean shortLine = spaces(line, MAX_UNLABELLED_LINE_WORDS) < MAX_UNLABELLED_LINE_WORDS;
    for (Pattern form : FORMS) {
      if (isUnlabelled(form) && !shortLine) {
        continue;
      }
      Matcher matcher = form.matcher(line);
      if (matcher.matches()) {
        Caption caption = new Caption(matcher.group(1).strip(),
            PREFIX.matcher(matcher.group(2).strip()).replaceFirst("").strip());
        if (fits(form, caption.text(), caption.credit())) {
          return Optional.of(caption);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean fits(Pattern form, String text, String credit) {
    if (text.isEmpty() || credit.isEmpty() || credit.split("\\s+").length > MAX_CREDIT_WORDS) {
      return false;
    }
    if (!isUnlabelled(form)) {
      return true;
    }
    // An agency's name with no stop before it is a credit only in capitals, as sites print it
    // under a picture: "... says Reuters" ending a headline is not one.
    boolean setApart = form == TITLE_CASE_TAIL || ENDS_SENTENCE.matcher(text).find()
        || credit.equals(credit.toUpperCase(Locale.ROOT));
    return setApart && PLAIN_WORD.matcher(text).find()
        && text.split("\\s+").length <= MAX_UNLABELLED_CAPTION_WORDS;
  }

  /** How many spaces the line has, counted up to {@code max}: one fewer than its words. */
  private static int spaces(String line, int max) {
    int count = 0;
    for (int i = 0; i < line.length() && count < max; i++) {
      count += line.charAt(i) == ' ' ? 1 : 0;
    }
    return count;
  }

  /** Whether the form tells a credit by its shape alone, with no label word or bracket. */
  private static boolean isUnlabelled(Pattern form) {
    return form == TITLE_CASE_TAIL || form == KNOWN_TAIL;
  }

  /**
   * The credit, if the whole line is a credit and nothing else ("Photo: Jane Doe", "Photo by: Jane
   * Doe", "Image source, Jane Doe/Outlet", "Jane Doe / Outlet").
   */
  static Optional<String> standalone(String line) {
    Matcher labelled = STANDALONE.matcher(line);
    if (labelled.matches()) {
      return Optional.of(labelled.group(1).strip());
    }
    Matcher slash = NAME_SLASH_OUTLET_ALONE.matcher(line);
    return slash.matches() && !isWriterLine(line) ? Optional.of(slash.group(1).strip())
        : Optional.empty();
  }

  /**
   * Whether a "Name / Outlet" line names the article's writer instead: a byline ("By Kenji
   * Hasegawa / Tokai Herald Staff Writer") or a name over a job ("Ana Cruz / Staff Writer").
   */
  private static boolean isWriterLine(String line) {
    String afterSlash = line.substring(line.indexOf('/') + 1).strip();
    return Byline.byPrefix(line).isPresent() || Byline.isJobTitle(afterSlash);
  }

  /**
   * Whether the line is only a word such as "Image": how a screen reader's copy of a page marks a
   * picture, whose description stands on the next line.
   */
  static boolean isPictureLabel(String line) {
    return PICTURE_LABEL.matcher(line).matches();
  }

  /** The caption's text, if the line is labelled as a caption ("Image caption, Boats at dawn"). */
  static Optional<String> labelledCaption(String line) {
    Matcher matcher = CAPTION_LABEL.matcher(line);
    return matcher.matches() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
  }
}
