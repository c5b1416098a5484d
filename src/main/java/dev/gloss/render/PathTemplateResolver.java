package dev.gloss.render;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;

/**
 * Resolves templates from a folder given as a {@link Path}, which may be on the default file system
 * (a project's {@code templates/}) or inside the Gloss jar (the bundled themes).
 */
final class PathTemplateResolver extends AbstractConfigurableTemplateResolver {

  private final Path folder;

  PathTemplateResolver(Path folder, int order) {
    this.folder = folder;
    setOrder(order);
    setSuffix(".html");
    setCheckExistence(true);
    setCacheable(true);
    setCharacterEncoding(StandardCharsets.UTF_8.name());
    setName("theme folder " + folder);
  }

  @Override
  protected ITemplateResource computeTemplateResource(IEngineConfiguration configuration,
      String ownerTemplate, String template, String resourceName, String characterEncoding,
      Map<String, Object> templateResolutionAttributes) {
    return new Resource(folder, resourceName);
  }

  private record Resource(Path folder, String name) implements ITemplateResource {
    @Override
    public String getDescription() {
      return folder.resolve(name).toString();
    }

    @Override
    public String getBaseName() {
      String file = Path.of(name).getFileName().toString();
      int dot = file.lastIndexOf('.');
      return dot > 0 ? file.substring(0, dot) : file;
    }

    @Override
    public boolean exists() {
      Path path = folder.resolve(name).normalize();
      return path.startsWith(folder) && Files.isRegularFile(path);
    }

    @Override
    public Reader reader() throws IOException {
      return Files.newBufferedReader(folder.resolve(name), StandardCharsets.UTF_8);
    }

    @Override
    public ITemplateResource relative(String relativeLocation) {
      Path sibling = Path.of(name).resolveSibling(relativeLocation);
      return new Resource(folder, sibling.toString());
    }
  }
}
