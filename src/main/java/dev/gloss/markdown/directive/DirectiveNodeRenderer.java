package dev.gloss.markdown.directive;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import dev.gloss.model.BackLink;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Renders directives as HTML: a quote as {@code <q>} with a visible speaker label after its last
 * part, a claim as {@code <mark>} ending in a type tag, a date as {@code <time>} (or a
 * {@code <span>} when its value is no HTML datetime) with any warning shown beside it. Everything
 * goes through {@link HtmlWriter}'s escaping; no article text is written raw.
 */
final class DirectiveNodeRenderer implements NodeRenderer {

  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(new NodeRenderingHandler<>(DirectiveNode.class, this::render),
        new NodeRenderingHandler<>(SpeakerLabelNode.class, DirectiveNodeRenderer::speakerLabel));
  }

  private void render(DirectiveNode node, NodeRendererContext context, HtmlWriter html) {
    switch (node.name()) {
      case QUOTE -> quote(node, context, html);
      case CLAIM -> claim(node, context, html);
      case DATE -> date(node, context, html);
    }
  }

  private static void quote(DirectiveNode node, NodeRendererContext context, HtmlWriter html) {
    DirectiveNode first = node.firstPart();
    String kind = valueOr(first.attribute("kind"), "direct");
    boolean scare = kind.equals("scare");
    String speaker = knownSpeaker(first);
    id(node, html).attr("class", "gloss-quote quote-" + kind);
    if (!scare && speaker != null) {
      html.attr("data-speaker", speaker);
    }
    html.withAttr().tag("q");
    context.renderChildren(node);
    html.closeTag("q");
    if (scare && node.isLastPart()) {
      backLinks(first, html);
    }
  }

  /** The speaker label that {@link SpeakerLabelPlacer} put after a quote's closing marks. */
  private static void speakerLabel(SpeakerLabelNode node, NodeRendererContext context,
      HtmlWriter html) {
    String speaker = knownSpeaker(node.quote().firstPart());
    html.attr("class", "quote-by").withAttr().tag("span");
    html.attr("class", "visually-hidden").withAttr().tag("span").text("said by ").closeTag("span");
    html.text(speaker != null ? speaker : "unattributed").closeTag("span");
    backLinks(node.quote().firstPart(), html);
  }

  private static void claim(DirectiveNode node, NodeRendererContext context, HtmlWriter html) {
    DirectiveNode first = node.firstPart();
    String type = first.attribute("type");
    id(node, html).attr("class", type == null ? "gloss-claim" : "gloss-claim claim-" + type);
    String score = first.attribute("score");
    if (score != null) {
      html.attr("data-score", score);
    }
    html.withAttr().tag("mark");
    context.renderChildren(node);
    if (type != null && node.isLastPart()) {
      html.attr("class", "claim-tag").withAttr().tag("span").text(type).closeTag("span");
    }
    html.closeTag("mark");
    if (node.isLastPart()) {
      backLinks(first, html);
    }
  }

  private static void date(DirectiveNode node, NodeRendererContext context, HtmlWriter html) {
    DirectiveNode first = node.firstPart();
    String value = valueOr(first.attribute("value"), "");
    String warning = first.attribute("warn");
    boolean conflict = warning != null && !warning.isBlank();
    boolean datetime = HtmlDatetime.isValid(value);
    id(node, html).attr("class", conflict ? "gloss-date date-conflict" : "gloss-date");
    html.attr(datetime ? "datetime" : "data-value", value);
    String tag = datetime ? "time" : "span";
    html.withAttr().tag(tag);
    context.renderChildren(node);
    html.closeTag(tag);
    if (conflict && node.isLastPart()) {
      html.attr("class", "date-warning").attr("role", "note").withAttr().tag("span")
          .text("\u26a0 " + warning).closeTag("span");
    }
    if (node.isLastPart()) {
      backLinks(first, html);
    }
  }

  /** Links from a mark to the box items made from it; text says where each goes. */
  private static void backLinks(DirectiveNode first, HtmlWriter html) {
    String id = first.id();
    if (id == null) {
      return;
    }
    for (BackLink link : GlossDirectiveExtension.BACK_LINKS.get(first.getDocument())
        .getOrDefault(id, List.of())) {
      html.attr("class", "back-link").attr("href", "#" + link.to()).withAttr().tag("a");
      html.attr("class", "visually-hidden").withAttr().tag("span").text("see ").closeTag("span");
      html.text(link.label()).closeTag("a");
    }
  }

  /** The quote's speaker, or null when the markup gives none or says it is unknown. */
  private static @Nullable String knownSpeaker(DirectiveNode first) {
    String speaker = first.attribute("by");
    boolean known = speaker != null && !speaker.isBlank()
        && !"unknown".equals(first.attribute("as")) && !speaker.equals("unknown");
    return known ? speaker : null;
  }

  private static HtmlWriter id(DirectiveNode node, HtmlWriter html) {
    String id = node.partId();
    return id == null ? html : html.attr("id", id);
  }

  private static String valueOr(@Nullable String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }

  static final class Factory implements NodeRendererFactory {
    @Override
    public NodeRenderer apply(DataHolder options) {
      return new DirectiveNodeRenderer();
    }
  }
}
