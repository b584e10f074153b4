package org.indexkit.io;

import org.indexkit.core.Table;
import org.indexkit.core.TableLayout;

/** A table as read from a sheet or file, with where it sat, so engine problems can name cells. */
public record LocatedTable(Table table, TableLayout layout) {}
