package dev.gloss.model;

/** What kind of check-worthy statement a claim is. */
public enum ClaimType {
  /** A number or amount: "300 artists". */
  FIGURE,
  /** Something that happened at a time. */
  EVENT,
  /** Someone reported or says something: "Variety reported". */
  ATTRIBUTION,
  /** An accusation. */
  ALLEGATION,
  /** A denial or rebuttal. */
  DENIAL,
  /** A statement about the future. */
  PREDICTION,
  /** A comparison or superlative: "one of the most powerful". */
  COMPARISON;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The type with that label. */
  public static ClaimType fromLabel(String label) {
    for (ClaimType type : values()) {
      if (type.label().equals(label)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown claim type '" + label + "'");
  }
}
