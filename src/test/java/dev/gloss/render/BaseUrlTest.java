package dev.gloss.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BaseUrlTest {

  @Test
  void aFolderWithoutItsFinalSlashKeepsItsLastSegment() {
    assertEquals("https://example.org/gloss/my-article/",
        BaseUrl.parse("https://example.org/gloss").page("my-article/"));
    assertEquals("https://example.org/gloss/", BaseUrl.parse("https://example.org/gloss/").page(""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"example.org/gloss", "/gloss/", "ftp://example.org/", "https://",
      "https://example.org/?q=1", "https://exa mple.org/"})
  void anythingButAnAbsoluteHttpAddressIsRefusedAndQuoted(String text) {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> BaseUrl.parse(text));
    assertTrue(error.getMessage().contains("'" + text), error.getMessage());
  }
}
