package vn.hoptac.registry.importing.file;

/** Reads an uploaded register of one format into rows and cells; a file it cannot read is an {@link UnreadableFileException}. */
public sealed interface RegisterFileReader permits CsvReader, XlsxReader {

    RegisterFile read(byte[] content);
}
