package vn.hoptac.plumbing.importing.file;

/** Reads an uploaded spreadsheet of one format into rows and cells; a file it cannot read is an {@link UnreadableFileException}. */
public sealed interface SpreadsheetReader permits CsvReader, XlsxReader {

    SpreadsheetFile read(byte[] content);
}
