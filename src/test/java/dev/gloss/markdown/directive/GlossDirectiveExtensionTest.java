package dev.gloss.markdown.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GlossDirectiveExtensionTest {

  private static final MutableDataSet OPTIONS = new MutableDataSet()
      .set(HtmlRenderer.ESCAPE_HTML, true)
      .set(Parser.EXTENSIONS, List.of(GlossDirectiveExtension.create()));
  private static final Parser PARSER = Parser.builder(OPTIONS).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

  private static List<DirectiveNode> directives(Node document) {
    List<DirectiveNode> found = new ArrayList<>();
    for (Node node : document.getDescendants()) {
      if (node instanceof DirectiveNode directive) {
        found.add(directive);
      }
    }
    return found;
  }

  private static String text(Node node) {
    return new TextCollectingVisitor().collectAndGetText(node);
  }

  private static String html(String markdown) {
    return RENDERER.render(PARSER.parse(markdown));
  }

  @Test
  void parsesNestedDirectivesWithTheirAttributes() {
    Document doc = PARSER.parse(":claim[On :date[Tuesday]{#d1 value=2024-11-19}, \""
        + ":quote[we *agree*]{#q1 by=\"Niko \\\"N\\\" Felix\" as=person kind=direct}\".]"
        + "{#c2 type=figure score=0.91 .ignored flag}");
    List<DirectiveNode> found = directives(doc);
    assertEquals(3, found.size());
    DirectiveNode claim = found.get(0);
    assertEquals(DirectiveName.CLAIM, claim.name());
    assertEquals(Map.of("id", "c2", "type", "figure", "score", "0.91", "flag", ""),
        claim.attributes());
    assertEquals("On Tuesday, \"we agree\".", text(claim));
    DirectiveNode date = found.get(1);
    assertEquals(claim, date.getParent());
    assertEquals("2024-11-19", date.attribute("value"));
    DirectiveNode quote = found.get(2);
    assertEquals(claim, quote.getParent());
    assertEquals("Niko \"N\" Felix", quote.attribute("by"));
    assertTrue(quote.getFirstChild().getNext() instanceof Emphasis, "emphasis inside the label");
    assertEquals("On Tuesday, \"we agree\".", text(doc).strip());
  }

  @Test
  void numbersThePartsOfOneAnnotation() {
    Document doc = PARSER.parse(":quote[One]{#q1 by=A}\n\n:quote[two]{#q1 part=2} and"
        + " :quote[three]{#q1 part=3} :quote[other]{#q2}");
    List<DirectiveNode> found = directives(doc);
    assertEquals(List.of(1, 2, 3, 1), found.stream().map(DirectiveNode::partNumber).toList());
    assertEquals(List.of("q1", "q1-2", "q1-3", "q2"),
        found.stream().map(DirectiveNode::partId).toList());
    assertEquals(found.get(0), found.get(2).firstPart());
    assertTrue(found.get(2).isLastPart());
    assertFalse(found.get(1).isLastPart());
  }

  /** None of these is a directive: each stays text, as written, and nothing throws. */
  @ParameterizedTest
  @ValueSource(strings = {
      "Note: this is prose at 10:30 and a:b.",
      ":unknown[label]{#x}",
      ":quote[never closed",
      ":quote [space before bracket]",
      ":quote[bad attributes]{#q1 by=\"unclosed}",
      ":quote[bad attributes]{#q1 =x}",
      ":quote[glued]{#q1 a=1b=2}",
      ":quote[open braces]{#q1",
      ":claim\\[escaped\\]{#c1}",
      "\\:quote[escaped colon]",
      "::quote",
      ":",
      ":quote[",
      "`:quote[in code]{#q1}`",
  })
  void leavesMalformedAndUnknownDirectivesAsText(String markdown) {
    Document doc = PARSER.parse(markdown);
    assertEquals(List.of(), directives(doc));
    String rendered = RENDERER.render(doc);
    assertFalse(rendered.contains("<q"), rendered);
    assertFalse(rendered.contains("<mark"), rendered);
  }

  @Test
  void turnsAnOpenerWhoseCloseIsSwallowedBackIntoText() {
    Document doc = PARSER.parse(":quote[a `b]{#q1}` c");
    assertEquals(List.of(), directives(doc));
    assertEquals(":quote[a b]{#q1} c", text(doc).strip());
  }

  @Test
  void parsesADirectiveWithoutAttributes() {
    DirectiveNode quote = directives(PARSER.parse("He said :quote[yes] then.")).get(0);
    assertNull(quote.id());
    assertEquals("yes", text(quote));
  }

  @Test
  void skipsBracketsInsideAnInnerAttributeValue() {
    List<DirectiveNode> found = directives(PARSER.parse(
        ":claim[a :quote[b]{#q1 by=\"x] [y\"} c]{#c1 type=event}"));
    assertEquals(2, found.size());
    assertEquals("x] [y", found.get(1).attribute("by"));
    assertEquals("a b c", text(found.get(0)));
  }

  @Test
  void withoutAClosingMarkTheLabelFollowsTheQuote() {
    Element body = Jsoup.parseBodyFragment(html(
        "He called it :quote[a disgrace]{#q1 by=\"Ann Lee\" as=person kind=partial}.")).body();
    assertEquals("He called it a disgracesaid by Ann Lee.", body.text());
  }

  @Test
  void rendersAQuoteWithItsVisibleSpeaker() {
    Element body = Jsoup.parseBodyFragment(html(
        "\":quote[I'm excited]{#q1 by=\"Niko Felix\" as=person kind=direct}\" he said.")).body();
    Element q = body.expectFirst("q#q1");
    assertEquals("gloss-quote quote-direct", q.className());
    assertEquals("Niko Felix", q.attr("data-speaker"));
    assertEquals("I'm excited", q.text());
    Element by = q.nextElementSibling();
    assertEquals("quote-by", by.className());
    assertEquals("said by Niko Felix", by.text());
    assertEquals("said by ", by.expectFirst(".visually-hidden").wholeText());
    // The label goes after the closing mark, so the name never sits inside the quotation marks.
    assertEquals("\"I'm excited\"said by Niko Felix he said.", body.text());
  }

  @Test
  void rendersPartsWithUniqueIdsAndOneLabelAfterTheLast() {
    Element body = Jsoup.parseBodyFragment(html(":quote[One.]{#q1 kind=direct}\n\n"
        + ":quote[Two]{#q1 part=2} said someone. :quote[PR puppets]{#q2 kind=scare}")).body();
    assertEquals(List.of("q1", "q1-2", "q2"), body.select("q").eachAttr("id"));
    Elements labels = body.select(".quote-by");
    assertEquals(1, labels.size());
    assertEquals("said by unattributed", labels.first().text());
    assertEquals("q1-2", labels.first().previousElementSibling().id());
    Element scare = body.expectFirst("q#q2");
    assertEquals("gloss-quote quote-scare", scare.className());
    assertFalse(scare.hasAttr("data-speaker"));
  }

  @Test
  void rendersAClaimWithItsTypeTag() {
    Element mark = Jsoup.parseBodyFragment(html(
        ":claim[Over 300 artists signed.]{#c2 type=figure score=0.91}")).body()
        .expectFirst("mark#c2");
    assertEquals("gloss-claim claim-figure", mark.className());
    assertEquals("0.91", mark.attr("data-score"));
    assertEquals("figure", mark.child(mark.childrenSize() - 1).text());
    assertEquals("claim-tag", mark.child(mark.childrenSize() - 1).className());
    assertEquals("Over 300 artists signed.", mark.ownText());
  }

  @Test
  void rendersDatesAsTimeOnlyWhenTheValueIsAnHtmlDatetime() {
    Element body = Jsoup.parseBodyFragment(html(
        ":date[Tuesday, November 21]{#d1 value=2024-11-21 warn=\"21 November 2024 was a"
            + " Thursday\"} :date[earlier]{#d2 value=PAST_REF} :date[week 47]{#d3 value=2024-W47}"
            + " :date[two days]{#d4 value=P2D} :date[Feb 30]{#d5 value=2024-02-30}")).body();
    Element d1 = body.expectFirst("#d1");
    assertEquals("time", d1.tagName());
    assertEquals("2024-11-21", d1.attr("datetime"));
    assertEquals("gloss-date date-conflict", d1.className());
    Element warning = d1.nextElementSibling();
    assertEquals("date-warning", warning.className());
    assertEquals("note", warning.attr("role"));
    assertEquals("\u26a0 21 November 2024 was a Thursday", warning.text());
    Element d2 = body.expectFirst("#d2");
    assertEquals("span", d2.tagName());
    assertEquals("PAST_REF", d2.attr("data-value"));
    assertEquals("gloss-date", d2.className());
    assertEquals("time", body.expectFirst("#d3").tagName());
    assertEquals("time", body.expectFirst("#d4").tagName());
    assertEquals("span", body.expectFirst("#d5").tagName());
  }

  @Test
  void escapesArticleTextAndAttributeValues() {
    Element body = Jsoup.parseBodyFragment(html(
        ":quote[<script>alert(1)</script> <b>x</b>]{#q1 by=\"<img src=x onerror=alert(1)>\"}"
            + " :claim[a]{#c1 type=\"figure x\\\" onclick=\\\"alert(1)\"}")).body();
    assertTrue(body.select("script, img, b, [onclick], [onerror]").isEmpty(), body.html());
    assertEquals("<script>alert(1)</script> <b>x</b>", body.expectFirst("q").text());
    assertEquals("<img src=x onerror=alert(1)>", body.expectFirst("q").attr("data-speaker"));
  }
}
