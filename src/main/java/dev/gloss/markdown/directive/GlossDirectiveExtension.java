package dev.gloss.markdown.directive;

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
