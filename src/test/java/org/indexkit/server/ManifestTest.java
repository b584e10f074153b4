package org.indexkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** addin-manifest/manifest.xml checked offline: well-formed, the required elements in schema order, every URL served. */
class ManifestTest {
  static final Path MANIFEST = Path.of("addin-manifest", "manifest.xml");

  static Document parse() throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(MANIFEST.toFile());
  }

  @Test
  @DisplayName("well-formed TaskPaneApp on Workbook with the required elements in schema order, en + zh-CN names, ExcelApi 1.9")
  void requiredElements() throws Exception {
    Element root = parse().getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("OfficeApp");
    assertThat(root.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type")).isEqualTo("TaskPaneApp");
    List<String> order = new ArrayList<>();
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) if (n instanceof Element e) order.add(e.getLocalName());
    assertThat(order).containsSubsequence("Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
        "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides");
    String xml = Files.readString(MANIFEST);
    assertThat(first(root, "Id").getTextContent()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(first(root, "Version").getTextContent()).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
    assertThat(xml).contains("<Host Name=\"Workbook\"/>").contains("Name=\"ExcelApi\" MinVersion=\"1.9\"")
        .contains("<Permissions>ReadWriteDocument</Permissions>").contains("Locale=\"zh-CN\" Value=\"IndexKit 综合指数\"")
        .contains("xsi:type=\"ShowTaskpane\"");
  }

  private static Element first(Element root, String local) {
    return (Element) root.getElementsByTagNameNS("*", local).item(0);
  }

  @Test
  @DisplayName("every URL the manifest names is served by the running server (icons cacheable, pane framable)")
  void everyUrlIsServed() throws Exception {
    Matcher m = Pattern.compile("https://localhost:8443(/[^\"<]*)?").matcher(Files.readString(MANIFEST));
    Set<String> paths = new LinkedHashSet<>();
    while (m.find()) paths.add(m.group(1) == null ? "/" : m.group(1));
    assertThat(paths).contains("/taskpane.html", "/assets/icon-16.png", "/assets/icon-32.png", "/assets/icon-80.png");
    try (TestServer s = TestServer.http()) {
      for (String path : paths) {
        HttpResponse<String> r = s.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("X-Frame-Options")).as(path + " must be framable by Office").isEmpty();
        if (path.startsWith("/assets/"))
          assertThat(r.headers().firstValue("Cache-Control")).as(path).hasValueSatisfying(v -> assertThat(v).contains("max-age=86400"));
      }
    }
  }

  @Test
  @DisplayName("issue 13: /manifest.xml is the manifest with the running server's address in every URL")
  void servedForTheRunningAddress() throws Exception {
    try (TestServer s = TestServer.http()) {
      var r = s.get("/manifest.xml");
      org.assertj.core.api.Assertions.assertThat(r.statusCode()).isEqualTo(200);
      org.assertj.core.api.Assertions.assertThat(r.body()).doesNotContain("localhost:8443").contains(s.base + "/taskpane.html")
          .contains("<AppDomain>" + s.base + "</AppDomain>");
    }
  }
}
