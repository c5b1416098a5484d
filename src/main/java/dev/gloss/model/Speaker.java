package dev.gloss.model;

import org.jspecify.annotations.Nullable;

/**
 * The source of a quote.
 *
 * @param name the canonical name ("Niko Felix", "the open letter", "unknown")
 * @param type person, organisation, document or unknown
 * @param role the role the text gives ("OpenAI rep"), if any
 */
public record Speaker(String name, SpeakerType type, @Nullable String role) {

  /** A quote with no honest answer to "who said it". */
  public static final Speaker UNKNOWN = new Speaker("unknown", SpeakerType.UNKNOWN, null);

  public boolean isKnown() {
    return type != SpeakerType.UNKNOWN;
  }
}
