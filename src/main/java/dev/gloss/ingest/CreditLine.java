package dev.gloss.ingest;

import dev.gloss.model.Caption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a photo caption by the credit that ends it ("(Credit: AFP)", "Photograph: Jane
 * Doe/PA", "(Photo by Alex Kim/Getty Images)", "... 2024. Maria Lopez/Springfield Ledger"), or a
 * line that is only a credit ("Image: Kestrel County Council") under its caption.
 */
final class CreditLine {

  private static final String CREDIT_WORD =
      "(?:credits?|photo(?:graph)?s?|images?|pictures?|illustrations?|source|video)";
  /** One credit word or two ("Photo Credit:"). */
  private static final String CREDIT_LABEL = CREDIT_WORD + "(?:\\s+" + CREDIT_WORD + ")?";
  private static final Pattern PREFIX =
      Pattern.compile("^" + CREDIT_LABEL + "\\s*(?:by\\b|:)\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern BRACKETED = Pattern.compile(
      "^(.*?)\\s*[(\\[]([^()\\[\\]]{0,40}\\b" + CREDIT_WORD + "\\b[^()\\[\\]]{0,60})[)\\]]\\s*$",
      Pattern.CASE_INSENSITIVE);
  /** A caption's sentence, perhaps a separator ("... Wednesday. | Photo Credit: X"), a credit. */
  private static final Pattern LABELLED = Pattern.compile(
      "^(.*?[.!?\u201d\u2019\"'])\\s+(?:[|\u2013\u2014]\\s+)?(" + CREDIT_LABEL
          + "\\s*(?:by\\b|:)\\s*\\S.{0,80})$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME_SLASH_OUTLET = Pattern.compile(
      "^(.*?[.!?])\\s+((?:\\p{Lu}[\\p{L}.'\u2019-]*\\s){0,3}\\p{Lu}[\\p{L}.'\u2019-]*\\s?/\\s?"
          + "\\p{Lu}[\\p{L}&.'\u2019 -]{1,40})$");
  private static final Pattern STANDALONE = Pattern.compile(
      "^" + CREDIT_LABEL + "\\s*(?:by\\b|:)\\s*(\\S.{0,60})$", Pattern.CASE_INSENSITIVE);

  private CreditLine() {
  }

  /** The caption on this line, if the line ends with a photo credit. */
  static Optional<Caption> parse(String line) {
    for (Pattern pattern : new Pattern[] {BRACKETED, LABELLED, NAME_SLASH_OUTLET}) {
      var matcher = pattern.matcher(line);
      if (matcher.matches()) {
        String text = matcher.group(1).strip();
        String credit = PREFIX.matcher(matcher.group(2).strip()).replaceFirst("").strip();
        if (!text.isEmpty() && !credit.isEmpty() && credit.split("\\s+").length <= 8) {
          return Optional.of(new Caption(text, credit));
        }
      }
    }
    return Optional.empty();
  }

  /** The credit, if the whole line is a credit and nothing else ("Photo: Jane Doe"). */
  static Optional<String> standalone(String line) {
    var matcher = STANDALONE.matcher(line);
    return matcher.matches() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
  }
}
