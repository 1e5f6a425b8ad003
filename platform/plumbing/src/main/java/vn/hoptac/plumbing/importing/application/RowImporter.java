package vn.hoptac.plumbing.importing.application;

import vn.hoptac.plumbing.importing.domain.RowCells;
import vn.hoptac.plumbing.importing.domain.RowResult;
import vn.hoptac.plumbing.importing.file.SpreadsheetFile;

/**
 * A feature's part of an import: which columns it reads, and how one data row becomes a command through
 * the feature's own service, so its rules and events apply as they do over the API. A service declares
 * one as a bean and gets the import beans ({@code Imports}) for it.
 */
public interface RowImporter {

    ImportSpec spec();

    /**
     * Imports one data row as {@code actor}: reads its {@code cells}, then either rejects it with the
     * cells' reasons or runs its command, passing {@link vn.hoptac.plumbing.importing.domain.RowIdentity}
     * as the idempotency key so a row imported before is {@link RowResult#alreadyImported}, not created
     * again. Runs on the import thread, one row at a time. A command refused with an
     * {@code InvalidFieldException}, {@code ConflictException} or {@code UnprocessableException} rejects the
     * row with its reasons; any other exception stops the import.
     */
    RowResult importRow(SpreadsheetFile.Row row, RowCells cells, String actor);
}
