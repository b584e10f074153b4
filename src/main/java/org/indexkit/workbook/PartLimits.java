package org.indexkit.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The checks a workbook's shared parts pass before POI builds its objects from them, each bounded by
 * what Excel itself can write and by the heap: POI turns every style element and every shared text
 * into objects of about a kilobyte, so a 2.6 MB file of a million {@code <xf>} elements would fill a
 * 1 GB heap (reliability finding H4). The parts are counted by one streaming pass first. Also refused:
 * a VBA project inside a file that calls itself .xlsx (macros travel only in .xlsm).
 */
final class PartLimits {
  /** Excel's own limit on distinct cell formats in a workbook ("65,490 unique cell formats/cell styles"). */
  static final int EXCEL_CELL_FORMATS = 65_490;
  /** Excel's limit on the characters of one cell. */
  static final int EXCEL_CELL_CHARS = 32_767;
  /** The heap POI needs per element of those parts (measured on POI 5: a million shared texts, two elements each, take about 1 GB). */
  static final long BYTES_PER_OBJECT = 512;
  private static final String VBA_RELATION = "http://schemas.microsoft.com/office/2006/relationships/vbaProject";
  private static final String VBA_TYPE = "application/vnd.ms-office.vbaProject";

  private PartLimits() {}

  /** How many style elements or shared texts this JVM's heap can hold as POI objects. */
  static long maxObjects() {
    return Math.max(100_000, Runtime.getRuntime().maxMemory() / 2 / BYTES_PER_OBJECT);
  }

  static void check(OPCPackage pkg, PackagePart main, String name) throws IOException {
    try {
      if (!pkg.getPartsByContentType(VBA_TYPE).isEmpty() || main.getRelationshipsByType(VBA_RELATION).size() > 0)
        throw WorkbookFile.refuse(name + " contains macros (a VBA project); save it as an Excel Workbook (.xlsx) without macros first");
      for (PackageRelationship r : main.getRelationshipsByType(XSSFRelation.STYLES.getRelation())) {
        PackagePart styles = main.getRelatedPart(r);
        if (styles != null) count(styles, name, "styles", false);
      }
      for (PackageRelationship r : main.getRelationshipsByType(XSSFRelation.SHARED_STRINGS.getRelation())) {
        PackagePart strings = main.getRelatedPart(r);
        if (strings != null) count(strings, name, "shared texts", true);
      }
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw WorkbookFile.refuse(name + " is damaged: " + e.getMessage());
    }
  }

  private static void count(PackagePart part, String name, String what, boolean texts) throws IOException {
    long max = maxObjects();
    var handler = new DefaultHandler() {
      long elements;
      long formats;
      long textChars;
      boolean inCellXfs;

      @Override
      public void startElement(String uri, String localName, String qName, Attributes atts) {
        String local = local(localName, qName);
        if (++elements > max) throw tooMany(name, what, max);
        if (local.equals("cellXfs")) inCellXfs = true;
        else if (inCellXfs && local.equals("xf") && ++formats > EXCEL_CELL_FORMATS)
          throw WorkbookFile.refuse(name + " has more than " + fmt(EXCEL_CELL_FORMATS)
              + " cell formats, more than Excel itself allows; the file was not written by Excel or is damaged");
        else if (texts && local.equals("si")) textChars = 0;
      }

      @Override
      public void endElement(String uri, String localName, String qName) {
        if (local(localName, qName).equals("cellXfs")) inCellXfs = false;
      }

      @Override
      public void characters(char[] ch, int start, int length) {
        if (texts && (textChars += length) > EXCEL_CELL_CHARS)
          throw WorkbookFile.refuse(name + " has a shared text longer than " + fmt(EXCEL_CELL_CHARS)
              + " characters, Excel's limit for a cell; the file was not written by Excel or is damaged");
      }
    };
    try (InputStream in = part.getInputStream()) {
      XMLReader parser = XMLHelper.newXMLReader();
      parser.setContentHandler(handler);
      parser.parse(new InputSource(in));
    } catch (SAXException e) {
      throw WorkbookFile.refuse(name + " is damaged: its " + what + " cannot be read (" + WorkbookReader.reason(e) + ")");
    } catch (ParserConfigurationException e) {
      throw new IOException("the XML parser cannot be configured: " + e.getMessage(), e);
    }
  }

  /** The element's name without prefix, whether or not the parser reports namespaces. */
  private static String local(String localName, String qName) {
    if (localName != null && !localName.isEmpty()) return localName;
    return qName.substring(qName.indexOf(':') + 1);
  }

  private static org.indexkit.core.InvalidInputException tooMany(String name, String what, long max) {
    return WorkbookFile.refuse(name + " has more than " + fmt(max) + " " + what + " elements, more than this server's memory "
        + "(java -Xmx) can hold while reading it; remove unused styles or sheets, or give Java more memory");
  }

  private static String fmt(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
