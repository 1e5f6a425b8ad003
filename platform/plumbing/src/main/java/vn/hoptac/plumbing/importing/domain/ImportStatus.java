package vn.hoptac.plumbing.importing.domain;

/** Where an import stands: waiting for the one import runner, running, done, or stopped with a reason. */
public enum ImportStatus {
    QUEUED, RUNNING, DONE, FAILED
}
