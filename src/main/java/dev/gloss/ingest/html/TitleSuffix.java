package dev.gloss.ingest.html;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Splits the site's name off a page title: "Headline | Site", "Headline - Site", "Headline —
 * Site", and "Site - Headline" when the page's headline shows which part is which.
 */
final class TitleSuffix {

  private static final String SEPARATOR = "\\s+(?:[|\u2013\u2014\u00b7\u2022-]|::)\\s+";
  private static final Pattern LAST = Pattern.compile("^(.{10,}?)" + SEPARATOR + "([^|]{2,60})$");
  private static final Pattern FIRST = Pattern.compile("^([^|]{2,60}?)" + SEPARATOR + "(.{10,})$");
  /** A site's name is a few words; a longer tail is part of the headline. */
  private static final int MAX_SITE_WORDS = 5;

  private TitleSuffix() {
  }

  /**
   * A title and the site's name split off it.
   *
   * @param title the headline
   * @param site the site's name, if the title carried one
   */
  record Split(String title, @Nullable String site) {
  }

  /**
   * The title without the site's name: the part before the first separator when the rest is the
   * headline the page shows, else the part after the last separator when it is short enough to be
   * a name.
   *
   * @param title the page's title
   * @param headline the headline the page shows, if known
   */
  static Split split(String title, @Nullable String headline) {
    String whole = title.strip();
    Matcher first = FIRST.matcher(whole);
    if (headline != null && first.matches() && startsAlike(headline, first.group(2))
        && isName(first.group(1))) {
      return new Split(first.group(2).strip(), first.group(1).strip());
    }
    Matcher last = LAST.matcher(whole);
    if (last.matches() && isName(last.group(2))) {
      return new Split(last.group(1).strip(), last.group(2).strip());
    }
    return new Split(whole, null);
  }

  private static boolean isName(String part) {
    return part.strip().split("\\s+").length <= MAX_SITE_WORDS;
  }

  /** Whether one text starts with the other, as a headline and its shortened title do. */
  private static boolean startsAlike(String a, String b) {
    String x = a.strip().toLowerCase(Locale.ROOT);
    String y = b.strip().toLowerCase(Locale.ROOT);
    return x.startsWith(y) || y.startsWith(x);
  }

  /**
   * The title without the named site before or after it; a title that does not carry the name is
   * returned as it is.
   */
  static String withoutSite(String title, @Nullable String site) {
    if (site == null) {
      return title;
    }
    String quoted = Pattern.quote(site.strip());
    Pattern around = Pattern.compile("(?iu)^(?:" + quoted + SEPARATOR + ")?(.+?)(?:" + SEPARATOR
        + quoted + ")?$");
    Matcher matcher = around.matcher(title.strip());
    String bare = matcher.matches() ? matcher.group(1).strip() : title.strip();
    return bare.toLowerCase(Locale.ROOT).equals(site.strip().toLowerCase(Locale.ROOT)) ? title
        : bare;
  }
}
