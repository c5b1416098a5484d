package dev.gloss.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds how a page's header spells an outlet whose name it knows from elsewhere (the copyright
 * line): "Valley Tribune" for "Valley Tribune Media Group", "DAILY BLARE" for "Blare Media Group",
 * "Coastline Quarterly" for "Coastline Media Ltd", "Harbor & Field" for "Harbor & Field Magazine".
 */
final class Masthead {

  /** The most words a masthead has. */
  static final int MAX_WORDS = 6;
  /** One capital is a letter, not a name's initials. */
  private static final int MIN_INITIALS = 2;

  private Masthead() {
  }

  /**
   * The header's spelling of the outlet, surest first: a line that is the name; the page's first
   * line when it ends with the name (the nameplate, "DAILY BLARE"); the name where it ends another
   * line ("Subscribe to The Northern Ledger"); a short line that holds it (the outlet's brand,
   * "Coastline Quarterly"); a line that is its first words; a line that is its initials.
   *
   * @param stem the outlet's name, company words already cut ("Blare", "The Northern Ledger")
   * @param header the lines above the body
   * @param first the header's first line that is not furniture, or null
   * @param titleSuffix the outlet after the headline ("Headline | Outlet"), if printed
   * @return the header's spelling, or null when the header does not show the name
   */
  static @Nullable String spelling(String stem, List<SourceLine> header,
      @Nullable SourceLine first, @Nullable String titleSuffix) {
    String bare = stem.replaceFirst("(?i)^the\\s+", "");
    Pattern endsWithName = Pattern.compile("(?:^|\\s)((?:the\\s+)?" + Pattern.quote(bare) + ")$",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    List<String> candidates = candidates(header, titleSuffix);
    for (String candidate : candidates) {
      if (candidate.replaceFirst("(?i)^the\\s+", "").equalsIgnoreCase(bare)) {
        return candidate;
      }
    }
    if (first != null && endsWithName.matcher(first.text()).find() && looksLikeName(first)) {
      return first.text();
    }
    String containing = null;
    for (String candidate : candidates) {
      Matcher matcher = endsWithName.matcher(candidate);
      if (matcher.find()) {
        return matcher.group(1);
      }
      if (containing == null && candidate.split("\\s+").length <= MAX_WORDS
          && candidate.toLowerCase(Locale.ROOT).contains(bare.toLowerCase(Locale.ROOT))) {
        containing = candidate;
      }
    }
    if (containing != null) {
      return containing;
    }
    String leading = leadingWords(stem, header);
    return leading != null ? leading : initials(stem, header);
  }

  /**
   * A masthead that gives the outlet by its initials, as its bylines and running text do ("BNN"
   * for "Beacon News Network"): a header line that is the capitals the name's words begin with.
   */
  private static @Nullable String initials(String stem, List<SourceLine> header) {
    StringBuilder initials = new StringBuilder();
    for (String word : stem.split("\\s+")) {
      if (Character.isUpperCase(word.codePointAt(0))) {
        initials.appendCodePoint(word.codePointAt(0));
      }
    }
    if (initials.length() < MIN_INITIALS) {
      return null;
    }
    for (SourceLine line : header) {
      if (line.text().equals(initials.toString())) {
        return line.text();
      }
    }
    return null;
  }

  /** Whether the line could be an outlet's name: short, capitalised, no sentence, no menu bar. */
  static boolean looksLikeName(SourceLine line) {
    return line.words() <= MAX_WORDS - 1 && !line.endsSentence() && line.capitalisedShare() >= 0.5
        && line.words() >= 1 && !line.text().contains("|");
  }

  /**
   * A masthead that prints only the leading words of the holder's name ("Harbor & Field" for
   * "Harbor & Field Magazine"): the longest such words that a header line gives on their own.
   */
  private static @Nullable String leadingWords(String stem, List<SourceLine> header) {
    String[] words = stem.split("\\s+");
    for (int n = words.length - 1; n >= 2; n--) {
      String prefix = String.join(" ", List.of(words).subList(0, n));
      for (SourceLine line : header) {
        if (line.text().equalsIgnoreCase(prefix)) {
          return line.text();
        }
      }
    }
    return null;
  }

  private static List<String> candidates(List<SourceLine> header, @Nullable String titleSuffix) {
    List<String> texts = new ArrayList<>();
    if (titleSuffix != null) {
      texts.add(titleSuffix);
    }
    header.forEach(line -> texts.add(line.text()));
    return texts;
  }
}
