package dev.gloss.ingest;

import dev.gloss.model.GlossException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a seed file's bytes into text: UTF-8 (with or without a byte-order mark), or UTF-16 when a
 * byte-order mark says so. Anything else is reported with where it went wrong, never guessed at.
 */
public final class SeedDecoder {

  private SeedDecoder() {
  }

  /**
   * Decodes a seed and normalises its line endings to {@code \n}.
   *
   * @param fileName the seed's name, for messages
   * @param bytes the file's content
   * @return the text, without a byte-order mark
   * @throws GlossException if the bytes are binary, not valid UTF-8, or hold no text
   */
  public static String decode(String fileName, byte[] bytes) {
    String text;
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      // The UTF-16 decoder reads the byte-order mark itself to learn the byte order.
      text = strict(fileName, bytes, StandardCharsets.UTF_16, 0);
    } else {
      int skip = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
      int nul = indexOf(bytes, (byte) 0);
      if (nul >= 0) {
        throw new GlossException(fileName, lineAt(bytes, nul),
            "holds a NUL byte, so it is a binary file, not an article; give Gloss a UTF-8 text or"
                + " Markdown file");
      }
      text = strict(fileName, bytes, StandardCharsets.UTF_8, skip);
    }
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    if (text.isBlank()) {
      throw new GlossException(fileName, 0, "is empty; an article needs a title and a body");
    }
    return text;
  }

  private static String strict(String fileName, byte[] bytes, java.nio.charset.Charset charset,
      int skip) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    try {
      CharBuffer chars = decoder.decode(in);
      return chars.toString();
    } catch (CharacterCodingException e) {
      int at = firstInvalidUtf8(bytes, skip);
      throw new GlossException(fileName, at < 0 ? 0 : lineAt(bytes, at),
          "is not valid " + charset.name()
              + (at < 0 ? "" : " (byte 0x" + String.format("%02X", bytes[at] & 0xFF)
                  + " at offset " + at + ")")
              + "; re-save the file as UTF-8 (a Windows-1252 or Latin-1 file shows this)", e);
    }
  }

  /** Finds the first byte that cannot start or continue a UTF-8 sequence where it stands. */
  private static int firstInvalidUtf8(byte[] bytes, int from) {
    int i = from;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      int extra = b < 0x80 ? 0 : b >= 0xC2 && b < 0xE0 ? 1 : b >= 0xE0 && b < 0xF0 ? 2
          : b >= 0xF0 && b < 0xF5 ? 3 : -1;
      if (extra < 0 || i + extra >= bytes.length) {
        return i;
      }
      for (int k = 1; k <= extra; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += extra + 1;
    }
    return -1;
  }

  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
