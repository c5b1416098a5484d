package dev.gloss.ingest;

import dev.gloss.model.GlossException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Turns a seed file's bytes into text: UTF-8 (with or without a byte-order mark), UTF-16 (with a
 * byte-order mark, or without one when the zero bytes of ASCII text give the byte order away), and
 * Windows-1252 when its smart punctuation gives it away. Anything else is reported with where it
 * went wrong, never guessed at.
 *
 * <p>Windows-1252 is recognised only by the bytes 0x80-0x9F, which are its curly quotes, dashes and
 * ellipsis, which no UTF-8 file can hold on their own, and which ISO-8859 files never use for text.
 * A file whose only non-ASCII bytes are Latin letters (0xA0-0xFF) could be any of a dozen ISO
 * encodings, so it is reported instead.
 */
public final class SeedDecoder {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** Control characters in more than this share of a text make it a binary file. */
  private static final double MAX_CONTROL_SHARE = 0.01;

  private SeedDecoder() {
  }

  /**
   * A decoded seed.
   *
   * @param text the text, without a byte-order mark, with {@code \n} line ends
   * @param note how the bytes were read, when that was a guess the user should know about
   */
  public record Decoded(String text, @Nullable String note) {
  }

  /**
   * Decodes a seed and normalises its line endings to {@code \n}.
   *
   * @param fileName the seed's name, for messages
   * @param bytes the file's content
   * @return the text, without a byte-order mark
   * @throws GlossException if the bytes are binary, in no encoding Gloss can recognise, or hold no
   *     text
   */
  public static String decode(String fileName, byte[] bytes) {
    return read(fileName, bytes).text();
  }

  /**
   * Decodes a seed like {@link #decode}, and says how when the encoding was recognised rather than
   * declared.
   *
   * @param fileName the seed's name, for messages
   * @param bytes the file's content
   * @return the text and, for a Windows-1252 or unmarked UTF-16 file, a note saying so
   * @throws GlossException as {@link #decode} does
   */
  public static Decoded read(String fileName, byte[] bytes) {
    String text;
    String note = null;
    Charset utf16 = unmarkedUtf16(bytes);
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      // The UTF-16 decoder reads the byte-order mark itself to learn the byte order.
      text = strict(fileName, bytes, StandardCharsets.UTF_16, 0);
    } else if (utf16 != null) {
      text = strict(fileName, bytes, utf16, 0);
      note = "read as " + utf16.name() + " (it has no byte-order mark); re-save it as UTF-8 to"
          + " be sure";
    } else {
      int skip = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
      int nul = indexOf(bytes, (byte) 0);
      if (nul >= 0) {
        throw binary(fileName, bytes, nul, "a NUL byte");
      }
      int invalid = firstInvalidUtf8(bytes, skip);
      int smart = invalid < 0 ? -1 : windows1252Evidence(bytes);
      if (smart >= 0) {
        text = strict(fileName, bytes, WINDOWS_1252, 0);
        note = "is not UTF-8; read as Windows-1252 because of its smart punctuation (byte 0x"
            + hex(bytes[smart]) + " on line " + lineAt(bytes, smart) + "); re-save it as UTF-8"
            + " to silence this note";
      } else {
        text = strict(fileName, bytes, StandardCharsets.UTF_8, skip);
      }
    }
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    if (text.isBlank()) {
      throw new GlossException(fileName, 0, "is empty; an article needs a title and a body");
    }
    rejectControlCharacters(fileName, text);
    return new Decoded(text, note);
  }

  private static String strict(String fileName, byte[] bytes, Charset charset, int skip) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    try {
      CharBuffer chars = decoder.decode(in);
      return chars.toString();
    } catch (CharacterCodingException e) {
      int at = charset.equals(StandardCharsets.UTF_8) ? firstInvalidUtf8(bytes, skip) : -1;
      throw new GlossException(fileName, at < 0 ? 0 : lineAt(bytes, at),
          "is not valid " + charset.name()
              + (at < 0 ? "" : " (byte 0x" + hex(bytes[at]) + " at offset " + at + ")")
              + "; re-save the file as UTF-8 (a Latin-1 or other legacy encoding shows this)", e);
    }
  }

  /**
   * The position of a byte that only Windows-1252 text has (0x80-0x9F, its smart punctuation), or
   * -1 when the bytes are not plausibly Windows-1252 at all.
   */
  private static int windows1252Evidence(byte[] bytes) {
    int first = -1;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
        return -1; // unassigned in Windows-1252: something else
      }
      if (first < 0 && b >= 0x80 && b <= 0x9F) {
        first = i;
      }
    }
    return first;
  }

  /**
   * UTF-16 without a byte-order mark, recognised by the zero high bytes of its ASCII characters:
   * zeros in at least a third of one byte position of each pair and none in the other.
   */
  private static @Nullable Charset unmarkedUtf16(byte[] bytes) {
    if (bytes.length < 4 || bytes.length % 2 != 0) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < bytes.length; i += 2) {
      evenZeros += bytes[i] == 0 ? 1 : 0;
      oddZeros += bytes[i + 1] == 0 ? 1 : 0;
    }
    int pairs = bytes.length / 2;
    if (evenZeros == 0 && oddZeros * 3 >= pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (oddZeros == 0 && evenZeros * 3 >= pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** Text is a few stray control characters at most; more means a binary file read as text. */
  private static void rejectControlCharacters(String fileName, String text) {
    int count = 0;
    int first = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\t' && c != '\f') || c == 0x7F) {
        count++;
        first = first < 0 ? i : first;
      }
    }
    if (count > 0 && (count > text.length() * MAX_CONTROL_SHARE || text.charAt(first) == 0)) {
      int line = 1;
      for (int i = 0; i < first; i++) {
        line += text.charAt(i) == '\n' ? 1 : 0;
      }
      throw new GlossException(fileName, line, "holds " + count + " control characters (the first"
          + String.format(java.util.Locale.ROOT, " U+%04X", (int) text.charAt(first)) + "), so it is a binary file, not an"
          + " article; give Gloss a UTF-8 text or Markdown file");
    }
  }

  private static GlossException binary(String fileName, byte[] bytes, int at, String what) {
    return new GlossException(fileName, lineAt(bytes, at), "holds " + what + " at offset " + at
        + ", so it is a binary file, not an article; give Gloss a UTF-8 text or Markdown file");
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

  /** The 1-based line of a byte, counting LF, CRLF and lone CR line ends alike. */
  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
        line++;
      }
    }
    return line;
  }

  private static String hex(byte b) {
    return String.format(java.util.Locale.ROOT, "%02X", b & 0xFF);
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
