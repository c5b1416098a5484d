package dev.gloss.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gloss.model.GlossException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlDecoderTest {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static String paragraph(byte[] bytes) {
    return HtmlDecoder.decode("page.html", bytes).document().selectFirst("p").text();
  }

  @Test
  void readsUtf8WhenThePageDeclaresNothing() {
    byte[] bytes = "<p>Caf\u00e9 \u201cquotes\u201d</p>".getBytes(StandardCharsets.UTF_8);
    assertEquals("Caf\u00e9 \u201cquotes\u201d", paragraph(bytes));
  }

  @Test
  void aByteOrderMarkWinsOverTheMetaCharset() {
    byte[] bytes = "\uFEFF<meta charset=\"windows-1252\"><p>\u2014 caf\u00e9</p>"
        .getBytes(StandardCharsets.UTF_16LE);
    assertEquals("\u2014 caf\u00e9", paragraph(bytes));
    byte[] utf8 = "\uFEFF<meta charset=\"windows-1252\"><p>\u2014</p>"
        .getBytes(StandardCharsets.UTF_8);
    assertEquals("\u2014", paragraph(utf8));
  }

  @Test
  void honoursTheMetaCharsetAndTheHttpEquivContentType() {
    byte[] meta = "<meta charset=\"windows-1252\"><p>\u201cOui\u201d \u20ac5</p>"
        .getBytes(WINDOWS_1252);
    assertEquals("\u201cOui\u201d \u20ac5", paragraph(meta));
    byte[] httpEquiv = ("<meta http-equiv=\"Content-Type\""
        + " content=\"text/html; charset=ISO-8859-15\"><p>\u20ac and \u0161</p>")
        .getBytes(Charset.forName("ISO-8859-15"));
    assertEquals("\u20ac and \u0161", paragraph(httpEquiv));
  }

  @Test
  void readsIso88591AsWindows1252AsBrowsersDo() {
    // A page labelled ISO-8859-1 that uses 0x92 means the curly apostrophe, not a C1 control.
    byte[] bytes = "<meta charset=\"iso-8859-1\"><p>It\u2019s caf\u00e9</p>".getBytes(WINDOWS_1252);
    assertEquals("It\u2019s caf\u00e9", paragraph(bytes));
  }

  @Test
  void aDeclaredUtf16WithoutAByteOrderMarkIsUtf8() {
    byte[] bytes = "<meta charset=\"utf-16\"><p>\u00e9t\u00e9</p>".getBytes(StandardCharsets.UTF_8);
    assertEquals("\u00e9t\u00e9", paragraph(bytes));
  }

  @Test
  void anUndeclaredLegacyPageIsAnErrorNamingTheByteAndLine() {
    byte[] bytes = "<title>T</title>\n<p>Line one</p>\n<p>Caf\u00e9</p>".getBytes(
        StandardCharsets.ISO_8859_1);
    GlossException error = assertThrows(GlossException.class,
        () -> HtmlDecoder.decode("old.html", bytes));
    assertEquals("old.html:3: is not valid UTF-8, the charset of a page that declares none"
        + " (byte 0xE9 at offset 39); re-save the page as UTF-8, or put the right <meta charset>"
        + " first in its <head>", error.describe());
  }

  @Test
  void aByteTheDeclaredCharsetLacksIsAnError() {
    byte[] bytes = {'<', 'm', 'e', 't', 'a', ' ', 'c', 'h', 'a', 'r', 's', 'e', 't', '=', 'c', 'p',
        '1', '2', '5', '2', '>', '<', 'p', '>', (byte) 0x81, '<', '/', 'p', '>'};
    GlossException error = assertThrows(GlossException.class,
        () -> HtmlDecoder.decode("odd.html", bytes));
    assertEquals("odd.html:1: is not valid windows-1252, the charset it declares (byte 0x81 at"
        + " offset 24); re-save the page as UTF-8, or put the right <meta charset> first in its"
        + " <head>", error.describe());
  }

  @Test
  void anUnknownDeclaredCharsetIsReadAsUtf8WithANote() {
    HtmlDecoder.Decoded decoded = HtmlDecoder.decode("x.html",
        "<meta charset=\"x-gloss-unknown\"><p>ok</p>".getBytes(StandardCharsets.UTF_8));
    assertEquals("ok", decoded.document().selectFirst("p").text());
    assertEquals("declares charset \"x-gloss-unknown\", which Gloss does not know; read as UTF-8,"
        + " so check its accented letters and quotes", decoded.note());
    assertNull(HtmlDecoder.decode("y.html", "<p>ok</p>".getBytes(StandardCharsets.UTF_8)).note());
  }

  @Test
  void anEmptyOrBinaryFileIsAnError() {
    assertEquals("blank.html: is empty; an article needs a title and a body",
        assertThrows(GlossException.class, () -> HtmlDecoder.decode("blank.html",
            " \r\n\t".getBytes(StandardCharsets.UTF_8))).describe());
    assertEquals("none.html: is empty; an article needs a title and a body",
        assertThrows(GlossException.class,
            () -> HtmlDecoder.decode("none.html", new byte[0])).describe());
    assertEquals("img.html:1: holds a NUL character, so it is a binary file, not a web page; give"
        + " Gloss the page saved as HTML", assertThrows(GlossException.class,
            () -> HtmlDecoder.decode("img.html", new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 1}))
            .describe());
  }
}
