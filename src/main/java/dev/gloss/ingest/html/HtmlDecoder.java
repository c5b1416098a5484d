package dev.gloss.ingest.html;

import dev.gloss.model.GlossException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Turns a saved page's bytes into a jsoup document, in the charset the page itself gives: a
 * byte-order mark, else its {@code <meta charset>} or {@code http-equiv} content type (jsoup reads
 * these), else UTF-8. Unlike a browser, it never shows a page with characters it could not decode:
 * a byte the charset does not allow is an error that names the byte and its line.
 *
 * <p>Two corrections follow the WHATWG Encoding Standard, which every browser implements, so that a
 * page reads here as it did on screen: the labels ISO-8859-1 and US-ASCII mean Windows-1252 (pages
 * so labelled use its curly quotes in 0x80-0x9F), and a page that declares UTF-16 without a
 * byte-order mark is ASCII-compatible, so it is UTF-8.
 */
final class HtmlDecoder {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern CONTENT_TYPE_CHARSET =
      Pattern.compile("(?i)\\bcharset\\s*=\\s*[\"']?([^\\s;\"']+)");

  private HtmlDecoder() {
  }

  /**
   * A decoded page.
   *
   * @param document the parsed page
   * @param note how the page was read, when the user should know (an unknown declared charset)
   */
  record Decoded(Document document, @Nullable String note) {
  }

  /**
   * Decodes and parses a saved page.
   *
   * @param fileName the seed's name, for messages
   * @param bytes the file's content
   * @return the page
   * @throws GlossException if the page is empty, binary, or not valid in its charset
   */
  static Decoded decode(String fileName, byte[] bytes) {
    int bom = bomLength(bytes);
    Document parsed;
    try {
      // jsoup finds the charset as browsers do (byte-order mark, meta charset, else UTF-8), but
      // replaces what it cannot decode; the strict pass below catches that.
      parsed = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array cannot fail to be read
    }
    Charset found = parsed.charset();
    Charset charset = whatwg(found, bom);
    String label = declaredLabel(parsed);
    String text = strict(fileName, bytes, charset, charset.equals(StandardCharsets.UTF_8) ? bom : 0,
        why(bom, label, charset));
    if (text.isBlank()) {
      throw new GlossException(fileName, 0, "is empty; an article needs a title and a body");
    }
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw new GlossException(fileName, lineOf(text, nul), "holds a NUL character, so it is a"
          + " binary file, not a web page; give Gloss the page saved as HTML");
    }
    Document document = charset.equals(found) ? parsed : Jsoup.parse(text);
    String note = bom == 0 && label != null && !isSupported(label) ? "declares charset \""
        + label + "\", which Gloss does not know; read as " + charset.name() + ", so check its"
        + " accented letters and quotes" : null;
    return new Decoded(document, note);
  }

  private static Charset whatwg(Charset found, int bom) {
    String name = found.name();
    if (name.equals("ISO-8859-1") || name.equals("US-ASCII")) {
      return WINDOWS_1252;
    }
    if (bom == 0 && (name.startsWith("UTF-16") || name.startsWith("UTF-32"))) {
      return StandardCharsets.UTF_8;
    }
    return found;
  }

  /** Decodes every byte or names the first that the charset does not allow. */
  private static String strict(String fileName, byte[] bytes, Charset charset, int skip,
      String why) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate(
        (int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    out.flip();
    if (result.isError()) {
      int at = in.position();
      throw new GlossException(fileName, lineOf(out, out.length()), "is not valid "
          + charset.name() + ", " + why + " (byte 0x"
          + String.format(Locale.ROOT, "%02X", bytes[at] & 0xFF) + " at offset " + at
          + "); re-save the page as UTF-8, or put the right <meta charset> first in its <head>");
    }
    return out.toString().replace("\r\n", "\n").replace('\r', '\n');
  }

  /** The charset the page's meta tags name, if they name one. */
  private static @Nullable String declaredLabel(Document parsed) {
    Element meta = parsed.selectFirst("meta[charset], meta[http-equiv=content-type]");
    if (meta == null) {
      return null;
    }
    String label = meta.attr("charset");
    if (label.isBlank()) {
      Matcher matcher = CONTENT_TYPE_CHARSET.matcher(meta.attr("content"));
      label = matcher.find() ? matcher.group(1) : "";
    }
    return label.isBlank() ? null : label.strip();
  }

  /** Where the charset came from, for a message that says the page is not valid in it. */
  private static String why(int bom, @Nullable String label, Charset charset) {
    if (bom > 0) {
      return "the charset its byte-order mark gives";
    }
    if (label == null) {
      return "the charset of a page that declares none";
    }
    if (!isSupported(label)) {
      return "the charset read when the one it declares (\"" + label + "\") is unknown";
    }
    return Charset.forName(label).equals(charset) ? "the charset it declares"
        : "the charset browsers read for the " + label + " it declares";
  }

  private static boolean isSupported(String label) {
    try {
      return Charset.isSupported(label);
    } catch (IllegalCharsetNameException e) {
      return false;
    }
  }

  /** How many bytes the byte-order mark takes, or 0 when there is none. */
  private static int bomLength(byte[] bytes) {
    int b0 = byteAt(bytes, 0);
    int b1 = byteAt(bytes, 1);
    int b2 = byteAt(bytes, 2);
    int b3 = byteAt(bytes, 3);
    if ((b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF)
        || (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0)) {
      return 4; // UTF-32, big- or little-endian
    }
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      return 3;
    }
    return (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE) ? 2 : 0;
  }

  private static int byteAt(byte[] bytes, int index) {
    return index < bytes.length ? bytes[index] & 0xFF : -1;
  }

  /** The 1-based line of a character: one more than the line ends before it. */
  private static int lineOf(CharSequence text, int end) {
    int line = 1;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= end || text.charAt(i + 1) != '\n'))) {
        line++;
      }
    }
    return line;
  }
}
