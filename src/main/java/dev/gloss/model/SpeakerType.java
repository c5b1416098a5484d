package dev.gloss.model;

/** Who or what a quote is attributed to. */
public enum SpeakerType {
  PERSON, ORGANIZATION, DOCUMENT, UNKNOWN;

  /** The lower-case name used in JSON and in the Markdown markup. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The type with that label, or {@link #UNKNOWN}. */
  public static SpeakerType fromLabel(String label) {
    for (SpeakerType type : values()) {
      if (type.label().equals(label)) {
        return type;
      }
    }
    return UNKNOWN;
  }
}
