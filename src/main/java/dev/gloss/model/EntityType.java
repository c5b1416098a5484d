package dev.gloss.model;

/** What a named thing in an article is. */
public enum EntityType {
  PERSON, ORGANIZATION, OUTLET, PRODUCT, DOCUMENT, OTHER;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
