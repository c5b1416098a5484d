package dev.gloss.render;

/**
 * Shortens text for a meta description. Search engines show about 160 characters, and a cut
 * through a word reads as a typo, so the text is cut at the last whole word that fits.
 */
final class MetaDescription {

  /** The longest description, counted in UTF-16 units, ellipsis included. */
  static final int MAX_LENGTH = 160;
  private static final String ELLIPSIS = "…";

  private MetaDescription() {
  }

  /** The text with its whitespace collapsed, cut on a word and ended with an ellipsis if cut. */
  static String of(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.length() <= MAX_LENGTH) {
      return flat;
    }
    int limit = MAX_LENGTH - ELLIPSIS.length();
    if (Character.isHighSurrogate(flat.charAt(limit - 1))) {
      limit--;
    }
    int cut = flat.lastIndexOf(' ', limit);
    // One word longer than the limit: cut inside it rather than return nothing.
    String kept = cut > 0 ? flat.substring(0, cut) : flat.substring(0, limit);
    // "…" after a comma or colon reads badly; drop trailing punctuation that joins clauses.
    return kept.replaceAll("[\\s,;:–—-]+$", "") + ELLIPSIS;
  }
}
