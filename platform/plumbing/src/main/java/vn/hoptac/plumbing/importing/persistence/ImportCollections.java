package vn.hoptac.plumbing.importing.persistence;

import java.util.Objects;

/**
 * Where a feature's imports are stored: the imports, their rows' outcomes, and the name of the field of a
 * row that holds what it created or found ({@code organisationId} in the registry's report).
 */
public record ImportCollections(String jobs, String rows, String recordField) {

    public ImportCollections {
        Objects.requireNonNull(jobs);
        Objects.requireNonNull(rows);
        Objects.requireNonNull(recordField);
        if (jobs.equals(rows)) {
            throw new IllegalArgumentException("Imports and their rows need two collections, not one: " + jobs);
        }
    }

    /** {@code imports} and {@code import_rows}, enough for a service with one importer. */
    public static ImportCollections standard(String recordField) {
        return new ImportCollections("imports", "import_rows", recordField);
    }
}
