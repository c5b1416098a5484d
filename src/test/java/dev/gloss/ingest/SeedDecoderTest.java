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
  void reportsWindows1252WithTheLineAndByte() {
    byte[] bytes = "Line one\nSmart \u201cquotes\u201d\n".getBytes(
        java.nio.charset.Charset.forName("windows-1252"));
    GlossException error = assertThrows(GlossException.class,
        () -> SeedDecoder.decode("old.txt", bytes));
    assertEquals(2, error.line());
    assertTrue(error.describe().startsWith("old.txt:2: is not valid UTF-8 (byte 0x93"),
        error.describe());
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
