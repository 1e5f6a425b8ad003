package vn.hoptac.plumbing.web;

import java.io.IOException;

/** Thrown while reading a request body past the configured limit. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limit) {
        super("The request body exceeds the limit of " + limit + " bytes.");
    }
}
