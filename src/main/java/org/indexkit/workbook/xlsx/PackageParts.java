package org.indexkit.workbook.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The package (OPC) side of writing into a workbook: part names from relationship targets, relationships, content types. */
public final class PackageParts {
  private PackageParts() {}

  /**
   * The part a relationship target names, resolved against the folder of its source part the way a URI is
   * ({@code xl/} + {@code ../x} = {@code x}) in one pass over its segments, so it ends by construction. A target
   * with an empty segment ({@code a//b}), one that climbs out of the package, or a folder as its last segment is
   * not a part name (OPC, ECMA-376 part 2 §6.2.2) and the workbook is refused.
   */
  public static String resolve(String dir, String target) {
    String path = target.startsWith("/") ? target.substring(1) : dir + target;
    java.util.ArrayDeque<String> segments = new java.util.ArrayDeque<>();
    String[] parts = path.split("/", -1);
    for (int i = 0; i < parts.length; i++) {
      String s = parts[i];
      boolean last = i == parts.length - 1;
      if (s.isEmpty()) throw badTarget(target, last ? "it ends in a folder" : "it has an empty segment");
      if (s.equals(".") || s.equals("..")) {
        if (last) throw badTarget(target, "it ends in a folder");
        if (s.equals("..") && segments.pollLast() == null) throw badTarget(target, "it points outside the workbook");
      } else segments.addLast(s);
    }
    return String.join("/", segments);
  }

  private static org.indexkit.core.InvalidInputException badTarget(String target, String why) {
    return new org.indexkit.core.InvalidInputException(org.indexkit.core.Problem.of("workbook", "the workbook is damaged: a relationship names the part \""
        + (target.length() > 80 ? target.substring(0, 80) + "…" : target) + "\", which is not a part name (" + why + ")"));
  }

  static List<Element> children(Element parent, String local) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling())
      if (n instanceof Element e && local.equals(e.getLocalName())) out.add(e);
    return out;
  }

  static void addRelationship(Document rels, String id, String type, String target) {
    Element root = rels.getDocumentElement();
    Element r = Xml.create(root, "Relationship");
    r.setAttribute("Id", id);
    r.setAttribute("Type", type);
    r.setAttribute("Target", target);
    root.appendChild(r);
  }

  static void addOverride(Document types, String partName, String contentType) {
    Element root = types.getDocumentElement();
    Element o = Xml.create(root, "Override");
    o.setAttribute("PartName", partName);
    o.setAttribute("ContentType", contentType);
    root.appendChild(o);
  }

  /** A part's relationships: type and target pairs, given the ids rId1, rId2, … in order. */
  static String relsXml(String... typeAndTarget) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"")
        .append(Xml.PKG_REL).append("\">");
    for (int i = 0; i < typeAndTarget.length; i += 2)
      sb.append("<Relationship Id=\"rId").append(i / 2 + 1).append("\" Type=\"").append(typeAndTarget[i]).append("\" Target=\"")
          .append(typeAndTarget[i + 1]).append("\"/>");
    return sb.append("</Relationships>").toString();
  }
}
