package dev.gloss.markdown.directive;

import com.vladsch.flexmark.util.data.DataKey;
import dev.gloss.model.BackLink;
import java.util.List;
import java.util.Map;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Gloss's inline directives for flexmark: parses {@code :quote[...]{...}}, {@code :claim[...]{...}}
 * and {@code :date[...]{...}} into {@link DirectiveNode}s and renders them as annotated HTML.
 *
 * <pre>{@code
 * options.set(Parser.EXTENSIONS, List.of(GlossDirectiveExtension.create()));
 * Parser parser = Parser.builder(options).build();
 * HtmlRenderer renderer = HtmlRenderer.builder(options).build();
 * }</pre>
 */
public final class GlossDirectiveExtension
    implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

  /**
   * Links to write after each mark, by the mark's id: set on a parsed document before rendering
   * it, so that a sentence links to the fact boxes made from it.
   */
  public static final DataKey<Map<String, List<BackLink>>> BACK_LINKS =
      new DataKey<>("GLOSS_BACK_LINKS", Map.of());

  private GlossDirectiveExtension() {
  }

  /** A new instance of the extension, for {@link Parser#EXTENSIONS}. */
  public static GlossDirectiveExtension create() {
    return new GlossDirectiveExtension();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {
  }

  @Override
  public void rendererOptions(MutableDataHolder options) {
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.customInlineParserExtensionFactory(new DirectiveInlineParser.Factory());
    builder.postProcessorFactory(new SpeakerLabelPlacer.Factory());
  }

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    if (builder.isRendererType("HTML")) {
      builder.nodeRendererFactory(new DirectiveNodeRenderer.Factory());
    }
  }
}
