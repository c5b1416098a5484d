package dev.gloss.markdown.directive;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The directive names Gloss understands; any other name is left as text. */
public enum DirectiveName {
  QUOTE, CLAIM, DATE;

  /** The name as written after the colon. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The directive with that name as written, or null for a name Gloss does not know. */
  public static @Nullable DirectiveName fromLabel(String label) {
    for (DirectiveName name : values()) {
      if (name.label().equals(label)) {
        return name;
      }
    }
    return null;
  }
}
