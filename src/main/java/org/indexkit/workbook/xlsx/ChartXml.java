package org.indexkit.workbook.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.indexkit.sheet.SheetPlan;

/**
 * DrawingML for a {@link SheetPlan.Chart}: the drawing that places it where the plan says and the chart part, with
 * references to the sheet's cells and cached values (so a reader that does not recalculate still shows it). Bars and
 * stacked bars and intervals are a barChart, lines and scatters a scatterChart (a true x axis), radars a radarChart.
 */
final class ChartXml {
  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  private static final String[] COLOURS = {"2F5597", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "264478", "9E480E",
      "636363", "997300"};

  private ChartXml() {}

  /** The drawing that places the chart where the plan says ({@link SheetPlan#chartColumn}), from the second row. */
  static String drawing(SheetPlan plan) {
    int col = plan.chartColumn();
    SheetPlan.Chart c = plan.chart();
    int height = c.bars() ? Math.max(20, c.rows() * 3 / 2) + 3 : 24; // a row and a half per bar: every label shows
    int width = c.bars() ? 10 : 12;
    return HEAD + "<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\" "
        + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><xdr:twoCellAnchor>"
        + "<xdr:from><xdr:col>" + col + "</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>" + (1 + plan.bandRows()) + "</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>"
        + "<xdr:to><xdr:col>" + (col + width) + "</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>" + (height + plan.bandRows())
        + "</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>"
        + "<xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr><xdr:cNvPr id=\"2\" name=\"IndexKit chart\"/><xdr:cNvGraphicFramePr/>"
        + "</xdr:nvGraphicFramePr><xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/></xdr:xfrm><a:graphic>"
        + "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">"
        + "<c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" xmlns:r=\"" + Xml.REL + "\" r:id=\"rId1\"/>"
        + "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>";
  }

  /** The chart part. */
  static String chart(SheetPlan plan) {
    SheetPlan.Chart c = plan.chart();
    String plot = switch (c.type()) {
      case "bar", "stacked-bar", "interval" -> bars(plan, c);
      case "line" -> lines(plan, c);
      case "radar" -> radar(plan, c);
      case "scatter" -> scatter(plan, c);
      default -> throw new IllegalArgumentException("no chart of type " + c.type());
    };
    boolean legend = !c.type().equals("scatter") && !c.type().equals("interval") && (c.seriesInRows() || c.valueColumns().size() > 1);
    return HEAD + "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" "
        + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"" + Xml.REL + "\">"
        + "<c:roundedCorners val=\"0\"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>" + Xml.escape(c.title())
        + "</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title><c:autoTitleDeleted val=\"0\"/>"
        + "<c:plotArea><c:layout/>" + plot + "</c:plotArea>"
        + (legend ? "<c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/></c:legend>" : "")
        + "<c:plotVisOnly val=\"1\"/></c:chart>"
        // opaque, as Excel draws a new chart: a chart beside the first columns hides the cells under it, not mixes with them
        + "<c:spPr><a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill><a:ln w=\"9525\"><a:solidFill><a:srgbClr val=\"D9D9D9\"/>"
        + "</a:solidFill></a:ln></c:spPr></c:chartSpace>";
  }

  private static String bars(SheetPlan plan, SheetPlan.Chart c) {
    boolean interval = c.type().equals("interval"), stacked = interval || c.type().equals("stacked-bar");
    StringBuilder s = new StringBuilder("<c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"" + (stacked ? "stacked" : "clustered")
        + "\"/><c:varyColors val=\"0\"/>");
    String cat = category(plan, c);
    for (int k = 0; k < c.valueColumns().size(); k++) {
      SheetPlan.Column col = plan.columns().get(c.valueColumns().get(k));
      // an interval's first series is where its bar starts, not drawn
      s.append(series(k, col.header(), interval && k == 0 ? "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>" : fill(k)));
      if (!stacked) // each bar's value at its end, as the column shows it
        s.append("<c:dLbls><c:numFmt formatCode=\"").append(Xml.escape(col.format())).append("\" sourceLinked=\"0\"/><c:dLblPos val=\"outEnd\"/>"
            + "<c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/>"
            + "<c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbls>");
      s.append(cat).append("<c:val>").append(column(plan, c, c.valueColumns().get(k))).append("</c:val></c:ser>");
    }
    s.append("<c:gapWidth val=\"50\"/>").append(stacked ? "<c:overlap val=\"100\"/>" : "")
        .append("<c:axId val=\"50010\"/><c:axId val=\"50020\"/></c:barChart>");
    return s + catAx("l", "maxMin", "50010", "50020") + valAx("b", "max", "50020", "50010", true, null, "between", plan.chartAxisMin());
  }

  private static String lines(SheetPlan plan, SheetPlan.Chart c) {
    StringBuilder s = new StringBuilder("<c:scatterChart><c:scatterStyle val=\"lineMarker\"/><c:varyColors val=\"0\"/>");
    String x = "<c:xVal>" + column(plan, c, c.categoryColumn()) + "</c:xVal>";
    for (int k = 0; k < c.valueColumns().size(); k++)
      s.append(series(k, plan.columns().get(c.valueColumns().get(k)).header(), line(COLOURS[k % COLOURS.length], false)))
          .append(noMarker()).append(x).append("<c:yVal>").append(column(plan, c, c.valueColumns().get(k)))
          .append("</c:yVal><c:smooth val=\"0\"/></c:ser>");
    return s + "<c:axId val=\"50010\"/><c:axId val=\"50020\"/></c:scatterChart>" + valAx("b", "min", "50010", "50020", false,
        plan.columns().get(c.categoryColumn()).header(), "midCat") + valAx("l", "min", "50020", "50010", true, null, "midCat");
  }

  private static String radar(SheetPlan plan, SheetPlan.Chart c) {
    int first = c.valueColumns().get(0), last = c.valueColumns().get(c.valueColumns().size() - 1);
    List<String> headers = c.valueColumns().stream().map(k -> plan.columns().get(k).header()).toList();
    String cat = "<c:cat><c:strRef><c:f>" + Xml.escape(SheetXml.absolute(plan.name(), plan.bandRows(), first, plan.bandRows(), last)) + "</c:f>"
        + strCache(headers) + "</c:strRef></c:cat>";
    StringBuilder s = new StringBuilder("<c:radarChart><c:radarStyle val=\"marker\"/><c:varyColors val=\"0\"/>");
    for (int i = 0; i < c.rows(); i++) {
      int row = c.firstRow() + i;
      List<Double> values = new ArrayList<>();
      for (int k : c.valueColumns()) values.add(number(plan.rows().get(row).get(k)));
      s.append(series(i, String.valueOf(plan.rows().get(row).get(c.categoryColumn())), line(COLOURS[i % COLOURS.length], false)))
          .append(noMarker()).append(cat).append("<c:val><c:numRef><c:f>")
          .append(Xml.escape(SheetXml.absolute(plan.name(), row + 1 + plan.bandRows(), first, row + 1 + plan.bandRows(), last))).append("</c:f>").append(numCache(values))
          .append("</c:numRef></c:val></c:ser>");
    }
    return s + "<c:axId val=\"50010\"/><c:axId val=\"50020\"/></c:radarChart>" + catAx("b", "minMax", "50010", "50020")
        + valAx("l", "autoZero", "50020", "50010", true, null, "between");
  }

  /** One series per row, its point labelled with the row's name; then the lines. */
  private static String scatter(SheetPlan plan, SheetPlan.Chart c) {
    int xc = c.valueColumns().get(0), yc = c.valueColumns().get(1);
    StringBuilder s = new StringBuilder("<c:scatterChart><c:scatterStyle val=\"lineMarker\"/><c:varyColors val=\"0\"/>");
    for (int i = 0; i < c.rows(); i++) {
      int row = c.firstRow() + i;
      List<Object> cells = plan.rows().get(row);
      s.append(series(i, String.valueOf(cells.get(c.categoryColumn())), "<c:spPr><a:ln><a:noFill/></a:ln></c:spPr>"))
          .append("<c:marker><c:symbol val=\"circle\"/><c:size val=\"6\"/><c:spPr><a:solidFill><a:srgbClr val=\"2F5597\"/>"
              + "</a:solidFill></c:spPr></c:marker>")
          .append("<c:dLbls><c:dLblPos val=\"r\"/><c:showLegendKey val=\"0\"/><c:showVal val=\"0\"/><c:showCatName val=\"0\"/>"
              + "<c:showSerName val=\"1\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbls>")
          .append("<c:xVal><c:numRef><c:f>").append(Xml.escape(SheetXml.absolute(plan.name(), row + 1 + plan.bandRows(), xc, row + 1 + plan.bandRows(), xc)))
          .append("</c:f>").append(numCache(List.of(number(cells.get(xc))))).append("</c:numRef></c:xVal>")
          .append("<c:yVal><c:numRef><c:f>").append(Xml.escape(SheetXml.absolute(plan.name(), row + 1 + plan.bandRows(), yc, row + 1 + plan.bandRows(), yc)))
          .append("</c:f>").append(numCache(List.of(number(cells.get(yc))))).append("</c:numRef></c:yVal><c:smooth val=\"0\"/></c:ser>");
    }
    int k = c.rows();
    for (SheetPlan.Line l : c.lines())
      s.append(series(k++, l.name(), line("7F7F7F", true))).append(noMarker()).append("<c:xVal>").append(column(plan, c, l.xColumn()))
          .append("</c:xVal><c:yVal>").append(column(plan, c, l.yColumn())).append("</c:yVal><c:smooth val=\"0\"/></c:ser>");
    return s + "<c:axId val=\"50010\"/><c:axId val=\"50020\"/></c:scatterChart>"
        + valAx("b", "min", "50010", "50020", false, plan.columns().get(xc).header(), "midCat")
        + valAx("l", "min", "50020", "50010", true, plan.columns().get(yc).header(), "midCat");
  }

  private static String series(int k, String name, String spPr) {
    return "<c:ser><c:idx val=\"" + k + "\"/><c:order val=\"" + k + "\"/><c:tx><c:v>" + Xml.escape(name) + "</c:v></c:tx>" + spPr;
  }

  private static String fill(int k) {
    return "<c:spPr><a:solidFill><a:srgbClr val=\"" + COLOURS[k % COLOURS.length] + "\"/></a:solidFill></c:spPr>";
  }

  private static String line(String colour, boolean dashed) {
    return "<c:spPr><a:ln w=\"19050\"><a:solidFill><a:srgbClr val=\"" + colour + "\"/></a:solidFill>"
        + (dashed ? "<a:prstDash val=\"dash\"/>" : "") + "</a:ln></c:spPr>";
  }

  private static String noMarker() {
    return "<c:marker><c:symbol val=\"none\"/></c:marker>";
  }

  /** The category column's cells of the charted rows, as text. */
  private static String category(SheetPlan plan, SheetPlan.Chart c) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < c.rows(); i++) texts.add(String.valueOf(plan.rows().get(c.firstRow() + i).get(c.categoryColumn())));
    return "<c:cat><c:strRef><c:f>" + Xml.escape(range(plan, c, c.categoryColumn())) + "</c:f>" + strCache(texts) + "</c:strRef></c:cat>";
  }

  /** A value column's cells of the charted rows, as numbers. */
  private static String column(SheetPlan plan, SheetPlan.Chart c, int col) {
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < c.rows(); i++) values.add(number(plan.rows().get(c.firstRow() + i).get(col)));
    return "<c:numRef><c:f>" + Xml.escape(range(plan, c, col)) + "</c:f>" + numCache(values) + "</c:numRef>";
  }

  private static String range(SheetPlan plan, SheetPlan.Chart c, int col) {
    return SheetXml.absolute(plan.name(), c.firstRow() + 1 + plan.bandRows(), col, c.firstRow() + c.rows() + plan.bandRows(), col);
  }

  private static Double number(Object cell) {
    return SheetPlan.number(cell);
  }

  private static String strCache(List<String> texts) {
    StringBuilder s = new StringBuilder("<c:strCache><c:ptCount val=\"" + texts.size() + "\"/>");
    for (int i = 0; i < texts.size(); i++) s.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(Xml.escape(texts.get(i))).append("</c:v></c:pt>");
    return s + "</c:strCache>";
  }

  private static String numCache(List<Double> values) {
    return "<c:numCache>" + points(values) + "</c:numCache>";
  }

  /** formatCode, ptCount and the points that are numbers (an empty cell is a gap). */
  private static String points(List<Double> values) {
    StringBuilder s = new StringBuilder("<c:formatCode>General</c:formatCode><c:ptCount val=\"" + values.size() + "\"/>");
    for (int i = 0; i < values.size(); i++)
      if (values.get(i) != null) s.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(values.get(i)).append("</c:v></c:pt>");
    return s.toString();
  }

  private static String catAx(String pos, String orientation, String id, String cross) {
    return "<c:catAx><c:axId val=\"" + id + "\"/><c:scaling><c:orientation val=\"" + orientation + "\"/></c:scaling><c:delete val=\"0\"/>"
        + "<c:axPos val=\"" + pos + "\"/><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:tickLblPos val=\"nextTo\"/>"
        + "<c:crossAx val=\"" + cross + "\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/>"
        + "<c:lblOffset val=\"100\"/></c:catAx>";
  }

  /** @param between "between" on a category axis (bars, radar), "midCat" on an x axis of values */
  private static String valAx(String pos, String crosses, String id, String cross, boolean gridlines, String title, String between) {
    return valAx(pos, crosses, id, cross, gridlines, title, between, null);
  }

  /** @param min where the axis starts, or null for the reader's own choice */
  private static String valAx(String pos, String crosses, String id, String cross, boolean gridlines, String title, String between,
                              Double min) {
    return "<c:valAx><c:axId val=\"" + id + "\"/><c:scaling><c:orientation val=\"minMax\"/>"
        + (min == null ? "" : "<c:min val=\"" + com.fasterxml.jackson.core.io.NumberOutput.toString(min, true) + "\"/>")
        + "</c:scaling><c:delete val=\"0\"/>"
        + "<c:axPos val=\"" + pos + "\"/>" + (gridlines ? "<c:majorGridlines/>" : "")
        + (title == null ? "" : "<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>" + Xml.escape(title)
            + "</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>")
        + "<c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:tickLblPos val=\"nextTo\"/>"
        + "<c:crossAx val=\"" + cross + "\"/><c:crosses val=\"" + crosses + "\"/><c:crossBetween val=\"" + between + "\"/></c:valAx>";
  }
}
