package dev.gloss.ingest;

import dev.gloss.model.Caption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a photo caption by the credit that ends it: "(Credit: AFP)", "Photograph: Jane Doe/PA",
 * "(Photo by Alex Kim/Getty Images)".
 */
final class CreditLine {

  private static final String CREDIT_WORD =
      "(?:credits?|photo(?:graph)?s?|images?|pictures?|illustrations?|source|video)";
  private static final Pattern BRACKETED = Pattern.compile(
      "^(.*?)\\s*[(\\[]" + CREDIT_WORD + "\\s*(?:by\\b|:)\\s*([^)\\]]+)[)\\]]\\s*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LABELLED = Pattern.compile(
      "^(.*?[.!?\u201d\"])\\s+" + CREDIT_WORD + "\\s*:\\s*(\\S.{0,80})$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern AGENCY_SUFFIX = Pattern.compile(
      "^(.*?[.!?])\\s+((?:[\\p{Lu}][\\p{L}.'\u2019-]*\\s?){1,4}/\\s?"
          + "(?:Getty Images|Reuters|AP|AFP|PA|EPA|Shutterstock|Bloomberg|Alamy)[^.]{0,20})$");

  private CreditLine() {
  }

  /** The caption on this line, if the line ends with a photo credit. */
  static Optional<Caption> parse(String line) {
    for (Pattern pattern : new Pattern[] {BRACKETED, LABELLED, AGENCY_SUFFIX}) {
      var matcher = pattern.matcher(line);
      if (matcher.matches()) {
        String text = matcher.group(1).strip();
        String credit = matcher.group(2).strip();
        if (!credit.isEmpty() && credit.split("\\s+").length <= 8) {
          return Optional.of(new Caption(text, credit));
        }
      }
    }
    return Optional.empty();
  }
}
