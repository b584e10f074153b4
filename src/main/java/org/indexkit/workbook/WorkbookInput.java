package org.indexkit.workbook;

import java.util.List;
import java.util.Map;
import org.indexkit.core.IndicatorTree;
import org.indexkit.input.LocatedTable;

/**
 * What an IndexKit workbook holds: the Data table, the tree of its Indicators sheet (null when it
 * has none), its Recipe sheet as a preset name and {@code key=value} settings, and the names of all
 * its sheets (so result sheets never take one).
 */
public record WorkbookInput(LocatedTable data, IndicatorTree tree, String preset, Map<String, String> settings,
                            List<String> sheetNames) {}
