package dev.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gloss.model.GlossException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SeedDecoderTest {

  @Test
  void stripsAUtf8ByteOrderMarkAndNormalisesLineEnds() {
    byte[] bytes = "\uFEFFTitle\r\nBody one.\rBody two.\n".getBytes(StandardCharsets.UTF_8);
    assertEquals("Title\nBody one.\nBody two.\n", SeedDecoder.decode("a.txt", bytes));
  }

  @Test
  void decodesUtf16WhenAByteOrderMarkSaysSo() {
    byte[] bytes = "\uFEFF\u201cQuoted\u201d text".getBytes(StandardCharsets.UTF_16LE);
    assertEquals("\u201cQuoted\u201d text", SeedDecoder.decode("a.txt", bytes));
  }

  @Test
  void readsWindows1252SmartQuotesWithANote() {
    byte[] bytes = "Line one\r\nSmart \u201cquotes\u201d \u2014 caf\u00e9\r\n".getBytes(
        java.nio.charset.Charset.forName("windows-1252"));
    SeedDecoder.Decoded decoded = SeedDecoder.read("old.txt", bytes);
    assertEquals("Line one\nSmart \u201cquotes\u201d \u2014 caf\u00e9\n", decoded.text());
    assertTrue(decoded.note().startsWith("is not UTF-8; read as Windows-1252 because of its smart"
        + " punctuation (byte 0x93 on line 2)"), decoded.note());
  }

  @Test
  void reportsLatin1WithoutSmartPunctuationWithTheLineAndByte() {
    byte[] bytes = "Line one\rCaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    GlossException error = assertThrows(GlossException.class,
        () -> SeedDecoder.decode("old.txt", bytes));
    assertEquals(2, error.line(), "a lone CR ends a line too");
    assertTrue(error.describe().startsWith("old.txt:2: is not valid UTF-8 (byte 0xE9"),
        error.describe());
  }

  @Test
  void decodesUtf16WithoutAByteOrderMarkWithANote() {
    byte[] bytes = "Title\nBody.".getBytes(StandardCharsets.UTF_16BE);
    SeedDecoder.Decoded decoded = SeedDecoder.read("a.txt", bytes);
    assertEquals("Title\nBody.", decoded.text());
    assertTrue(decoded.note().contains("UTF-16BE"), decoded.note());
    assertEquals("Title\nBody.", SeedDecoder.decode("a.txt",
        "Title\nBody.".getBytes(StandardCharsets.UTF_16LE)));
  }

  @Test
  void plainUtf8HasNoNote() {
    assertEquals(null, SeedDecoder.read("a.txt", "T\u00edtulo".getBytes(StandardCharsets.UTF_8))
        .note());
  }

  @Test
  void rejectsBinaryAndEmptyFiles() {
    assertTrue(assertThrows(GlossException.class,
        () -> SeedDecoder.decode("img.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1}))
        .getMessage().contains("binary"));
    assertTrue(assertThrows(GlossException.class,
        () -> SeedDecoder.decode("blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8)))
        .getMessage().contains("empty"));
  }
}
