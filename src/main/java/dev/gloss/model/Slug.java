package dev.gloss.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name of an article's folder in the site: lower-case ASCII letters, digits and single hyphens,
 * so that it is safe as a path segment and a URL segment everywhere. It can hold no {@code /},
 * {@code .}, {@code \} or NUL, so it can never name a folder outside the site, and it is never one
 * of the device names Windows reserves ({@code con}, {@code nul}, {@code com1}...), so a site
 * built on Linux can be checked out on Windows.
 *
 * @param value the slug
 */
public record Slug(String value) {

  private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern RESERVED = Pattern.compile("con|prn|aux|nul|com[0-9]|lpt[0-9]");
  private static final int MAX_LENGTH = 80;

  public Slug {
    if (!isValid(value)) {
      throw new IllegalArgumentException(
          "slug \"" + value + "\" must be 1-" + MAX_LENGTH
              + " lower-case letters, digits and single hyphens, and not a reserved device name");
    }
  }

  /** Whether {@code value} would make a valid slug as it is. */
  public static boolean isValid(String value) {
    return value.length() <= MAX_LENGTH && VALID.matcher(value).matches()
        && !RESERVED.matcher(value).matches();
  }

  /**
   * Makes a slug from free text such as a headline: accents dropped, apostrophes removed, any other
   * run of non-alphanumerics turned into one hyphen, cut at a word boundary.
   *
   * @param text a headline or file name
   * @param fallback used when the text has no letters or digits at all
   * @return a valid slug
   */
  public static Slug from(String text, String fallback) {
    String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    String lower = ascii.toLowerCase(Locale.ROOT).replaceAll("['\u2019]", "");
    String slug = NON_ALNUM.matcher(lower).replaceAll("-").replaceAll("^-+|-+$", "");
    if (slug.length() > MAX_LENGTH) {
      int cut = slug.lastIndexOf('-', MAX_LENGTH);
      slug = slug.substring(0, cut > 0 ? cut : MAX_LENGTH).replaceAll("-+$", "");
    }
    if (RESERVED.matcher(slug).matches()) {
      slug = slug + "-" + fallback;
    }
    return slug.isEmpty() ? new Slug(fallback) : new Slug(slug);
  }

  @Override
  public String toString() {
    return value;
  }
}
