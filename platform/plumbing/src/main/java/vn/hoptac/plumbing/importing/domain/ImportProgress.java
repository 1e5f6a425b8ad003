package vn.hoptac.plumbing.importing.domain;

/** How far an import has come: rows processed, and how many of them were created, already imported or rejected. */
public record ImportProgress(int processedRows, int created, int alreadyImported, int rejected) {

    public static final ImportProgress NONE = new ImportProgress(0, 0, 0, 0);

    public ImportProgress plus(RowOutcome outcome) {
        return new ImportProgress(processedRows + 1, created + (outcome == RowOutcome.CREATED ? 1 : 0),
                alreadyImported + (outcome == RowOutcome.ALREADY_IMPORTED ? 1 : 0),
                rejected + (outcome == RowOutcome.REJECTED ? 1 : 0));
    }
}
