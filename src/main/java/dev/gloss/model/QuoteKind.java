package dev.gloss.model;

/** What a stretch of text in quotation marks is. */
public enum QuoteKind {
  /** A full quoted statement. */
  DIRECT,
  /** A few quoted words of someone's speech inside the writer's sentence. */
  PARTIAL,
  /** A quoted label or term, not presented as anyone's speech ("PR puppets"). */
  SCARE;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The kind with that label, or {@link #DIRECT}. */
  public static QuoteKind fromLabel(String label) {
    for (QuoteKind kind : values()) {
      if (kind.label().equals(label)) {
        return kind;
      }
    }
    return DIRECT;
  }
}
