package dev.gloss.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Gives every body paragraph a stable id ({@code p1}, {@code p2}, ...) in document order, so that a
 * paragraph can be linked to from a fact box, a timeline or another page.
 */
final class ParagraphIds implements HtmlRenderer.HtmlRendererExtension {

  static final String PREFIX = "p";

  static ParagraphIds create() {
    return new ParagraphIds();
  }

  @Override
  public void rendererOptions(MutableDataHolder options) {
  }

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
      @Override
      public AttributeProvider apply(LinkResolverContext context) {
        return new Provider();
      }
    });
  }

  private static final class Provider implements AttributeProvider {
    private @Nullable Map<Node, Integer> numbers;

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
      if (node instanceof Paragraph && part == AttributablePart.NODE) {
        attributes.replaceValue("id", PREFIX + number(node));
      }
    }

    private int number(Node paragraph) {
      if (numbers == null) {
        numbers = new IdentityHashMap<>();
        for (Node node : paragraph.getDocument().getDescendants()) {
          if (node instanceof Paragraph) {
            numbers.put(node, numbers.size() + 1);
          }
        }
      }
      return numbers.get(paragraph);
    }
  }
}
