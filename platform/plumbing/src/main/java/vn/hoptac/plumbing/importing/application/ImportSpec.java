package vn.hoptac.plumbing.importing.application;

import java.util.Objects;
import vn.hoptac.plumbing.importing.domain.ImportColumns;
import vn.hoptac.plumbing.importing.persistence.ImportCollections;

/**
 * What a feature imports: its {@code name} among the service's importers (a path segment, also naming
 * its thread), {@code what} an upload holds as answers speak of it ("the register"), the columns it
 * reads, and where its imports are stored.
 */
public record ImportSpec(String name, String what, ImportColumns columns, ImportCollections collections) {

    public ImportSpec {
        Objects.requireNonNull(name);
        Objects.requireNonNull(what);
        Objects.requireNonNull(columns);
        Objects.requireNonNull(collections);
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("An importer's name is lower-case letters, digits and hyphens: " + name);
        }
    }

    /** Stored in {@link ImportCollections#standard}, enough for a service with one importer. */
    public static ImportSpec of(String name, String what, ImportColumns columns, String recordField) {
        return new ImportSpec(name, what, columns, ImportCollections.standard(recordField));
    }
}
