package dev.gloss.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Names the outlet. The copyright holder is the surest source but is often the company ("Valley
 * Tribune Media Group"), so the masthead's form of the name is looked for in the page's header
 * ("Valley Tribune", "The Northern Ledger"). Without a copyright line, a "Headline | Outlet"
 * suffix, a name the header repeats, or a short name on the page's first line will do; the
 * buttons and prompts of the page's furniture ("Subscribe", twice) are never the outlet.
 */
final class PublicationFinder {

  private static final Pattern CORPORATE_TAIL = Pattern.compile(
      "(?:,?\\s+(?:a division of|part of|an? \\w+ of)\\b.*"
          + "|(?:\\s+(?:news|&|and|or))*,?\\s+(?:media|group|holdings|publishing|publications|"
          + "newspapers?|communications|inc|ltd|llc|limited|co|corp|company|plc|gmbh)\\b.*)$",
      Pattern.CASE_INSENSITIVE);
  private static final int MAX_WORDS = 6;

  private PublicationFinder() {
  }

  /**
   * @param copyrightHolder who holds the copyright, when the page says and it is not the writer
   * @param titleSuffix the outlet after the headline ("Headline | Outlet"), if printed
   * @param header the lines above the body
   * @param kinds their kinds, same indices
   * @param title the headline
   * @return the outlet's name, or null when the page does not tell
   */
  static @Nullable String find(@Nullable String copyrightHolder, @Nullable String titleSuffix,
      List<SourceLine> header, List<LineKind> kinds, @Nullable String title) {
    if (copyrightHolder != null) {
      String stem = CORPORATE_TAIL.matcher(copyrightHolder).replaceFirst("").strip();
      if (stem.isEmpty()) {
        stem = copyrightHolder;
      }
      String masthead = masthead(stem, header, titleSuffix);
      if (masthead == null) {
        masthead = shortMasthead(stem, header);
      }
      return masthead != null ? masthead : stem;
    }
    if (titleSuffix != null) {
      return titleSuffix;
    }
    List<SourceLine> named = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (kinds.get(i) != LineKind.WRAPPER && !kinds.get(i).endsArticle()) {
        named.add(header.get(i));
      }
    }
    String repeated = repeatedName(named);
    if (repeated != null) {
      return repeated;
    }
    if (!header.isEmpty() && named.contains(header.get(0))) {
      SourceLine first = header.get(0);
      if (looksLikeName(first) && !first.text().equals(title)) {
        return first.text();
      }
    }
    return null;
  }

  /** The header's own spelling of the outlet whose name starts with {@code stem}. */
  private static @Nullable String masthead(String stem, List<SourceLine> header,
      @Nullable String titleSuffix) {
    String bare = stem.replaceFirst("(?i)^the\\s+", "");
    Pattern endsWithName = Pattern.compile("(?:^|\\s)((?:the\\s+)?" + Pattern.quote(bare) + ")$",
        Pattern.CASE_INSENSITIVE);
    String containing = null;
    for (String candidate : candidates(header, titleSuffix)) {
      var matcher = endsWithName.matcher(candidate);
      if (matcher.find()) {
        return matcher.group(1);
      }
      if (containing == null && candidate.split("\\s+").length <= MAX_WORDS
          && candidate.toLowerCase(Locale.ROOT).contains(bare.toLowerCase(Locale.ROOT))) {
        containing = candidate;
      }
    }
    return containing;
  }

  /**
   * A masthead that prints only the leading words of the holder's name ("Harbor & Field" for
   * "Harbor & Field Magazine"): the longest such words that a header line gives on their own.
   */
  private static @Nullable String shortMasthead(String stem, List<SourceLine> header) {
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

  /** A short name the header shows twice: an outlet's logo and its label. */
  private static @Nullable String repeatedName(List<SourceLine> header) {
    Map<String, Integer> counts = new HashMap<>();
    for (SourceLine line : header) {
      counts.merge(line.text().toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    for (SourceLine line : header) {
      if (counts.get(line.text().toLowerCase(Locale.ROOT)) > 1 && looksLikeName(line)) {
        return line.text();
      }
    }
    return null;
  }

  private static boolean looksLikeName(SourceLine line) {
    return line.words() <= MAX_WORDS - 1 && !line.endsSentence() && line.capitalisedShare() >= 0.5
        && line.words() >= 1 && !line.text().contains("|");
  }
}
