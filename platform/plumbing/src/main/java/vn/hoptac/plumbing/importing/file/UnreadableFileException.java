package vn.hoptac.plumbing.importing.file;

/** The upload is not a spreadsheet this service can read; the message tells the officer what to send instead. */
public class UnreadableFileException extends RuntimeException {

    public UnreadableFileException(String message) {
        super(message);
    }

    public UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
