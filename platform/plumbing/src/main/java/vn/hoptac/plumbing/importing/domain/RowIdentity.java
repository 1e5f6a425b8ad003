package vn.hoptac.plumbing.importing.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A data row's identity: {@code "import:" + sha256} of its present values as {@code column=value} lines,
 * in the columns' order. Made from the values as read (tidied text, typed numbers and dates), the same row
 * has the same identity in a CSV file and in a workbook, so as an idempotency key it lets a file be
 * uploaded again without creating anything twice.
 */
public final class RowIdentity {

    private RowIdentity() {
    }

    /** {@code values[i]} is {@code columns.get(i)}'s value, null when absent. */
    public static String of(List<String> columns, Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        StringBuilder normalised = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                normalised.append(columns.get(i)).append('=').append(values[i]).append('\n');
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.toString().getBytes(StandardCharsets.UTF_8));
            return "import:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
