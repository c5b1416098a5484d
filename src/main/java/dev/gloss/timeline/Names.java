package dev.gloss.timeline;

import java.util.Locale;

/** Whether two ways of naming someone name the same one: "Niko Felix", "Felix", "Felix's". */
final class Names {

  private Names() {
  }

  static boolean same(String a, String b) {
    String x = normal(a);
    String y = normal(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    return x.equals(y) || x.endsWith(" " + y) || y.endsWith(" " + x);
  }

  /** Whether {@code text} mentions {@code name} as a whole word. */
  static boolean mentions(String text, String name) {
    String n = normal(name);
    return !n.isEmpty() && (" " + normal(text) + " ").contains(" " + n + " ");
  }

  /** Whether {@code text} opens with {@code name}. */
  static boolean startsWith(String text, String name) {
    String n = normal(name);
    return !n.isEmpty() && (normal(text) + " ").startsWith(n + " ");
  }

  private static String normal(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "")
        .replaceAll("^the ", "").replaceAll("[^\\p{L}\\p{N} ]", " ").replaceAll("\\s+", " ")
        .strip();
  }
}
