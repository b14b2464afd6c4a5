package eu.youthpass.person.importing;

import java.util.List;

/** One row of a spreadsheet as read, before any checking; {@code number} counts from 1 as spreadsheets do. */
record RawRow(int number, List<String> cells) {

    RawRow {
        cells = List.copyOf(cells);
    }

    String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(CellText::isBlank);
    }
}
