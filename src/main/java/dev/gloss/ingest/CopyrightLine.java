package dev.gloss.ingest;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A copyright notice such as "© 2024 Latin Times. All rights reserved." and what it tells: the
 * year and the holder.
 *
 * @param line the notice as printed
 * @param year the (last) year it names, if any
 * @param holder who holds the copyright, if it can be told
 */
record CopyrightLine(String line, @Nullable Integer year, @Nullable String holder) {

  private static final Pattern NOTICE = Pattern.compile(
      "^(?:\u00a9|\\(c\\)|copyright\\b)", Pattern.CASE_INSENSITIVE);
  private static final Pattern PARTS = Pattern.compile(
      "^(?:(?:\u00a9|\\(c\\)|copyright)\\s*)+(?:(\\d{4})(?:\\s*[-\u2013]\\s*(\\d{4}))?)?\\s*,?\\s*"
          + "(?:by\\s+)?(.*)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern HOLDER_END = Pattern.compile(
      "(?:[.,;]\\s*(?:all rights reserved|some rights reserved|do not|this material|"
          + "reproduction|registered)|\\.\\s+\\p{Lu}|\\.$|$)",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern TRAILING_YEAR = Pattern.compile(",?\\s+((?:19|20)\\d{2})$");

  /** The copyright notice on this line, if it is one. */
  static Optional<CopyrightLine> parse(String line) {
    if (!NOTICE.matcher(line).find() && !line.contains("\u00a9")) {
      return Optional.empty();
    }
    var parts = PARTS.matcher(line);
    if (!parts.matches()) {
      return Optional.of(new CopyrightLine(line, null, null));
    }
    String last = parts.group(2) != null ? parts.group(2) : parts.group(1);
    Integer year = last == null ? null : Integer.valueOf(last);
    String rest = parts.group(3).strip();
    var end = HOLDER_END.matcher(rest);
    String holder = end.find() ? rest.substring(0, end.start()).strip() : rest;
    var trailingYear = TRAILING_YEAR.matcher(holder);
    if (trailingYear.find()) {
      year = year != null ? year : Integer.valueOf(trailingYear.group(1));
      holder = holder.substring(0, trailingYear.start()).strip();
    }
    if (holder.isEmpty()) {
      holder = null;
    }
    return Optional.of(new CopyrightLine(line, year, holder));
  }
}
