package vn.hoptac.plumbing.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Set;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first look at every request, before security and before any operation: the query string is
 * valid percent-encoded UTF-8, no parameter or header value is longer than it could sensibly be or
 * holds control characters. A request that fails gets 400 problem details naming the parameter or
 * header, instead of a 500 or a silently mangled value further in.
 */
public class RequestHygieneFilter extends OncePerRequestFilter {

    static final int MAX_PARAMETER_LENGTH = 1000;
    static final int MAX_PARAMETERS = 50;
    static final int MAX_HEADER_LENGTH = 4096;
    /** Tokens can be long; Tomcat's limit on all headers (8 KB) bounds them. */
    private static final Set<String> LONG_HEADERS = Set.of("authorization", "cookie");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String refusal = refusal(request);
        if (refusal != null) {
            ProblemResponses.write(request, response, 400, "invalid-parameter", "Invalid request parameter", refusal);
            return;
        }
        String contentType = request.getContentType();
        boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
        if (contentType != null && hasBody && !isReadable(contentType)) {
            ProblemResponses.write(request, response, 415, "unsupported-media-type", "Unsupported media type",
                    "Header 'Content-Type' must be application/json (or multipart/form-data for an upload).");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Bodies are JSON, read by the one strict reader, or uploads; never YAML or anything else a converter could read. */
    private static boolean isReadable(String value) {
        try {
            MediaType type = MediaType.parseMediaType(value);
            return type.isConcrete() && (type.isCompatibleWith(MediaType.APPLICATION_JSON)
                    || (type.getType().equals("application") && type.getSubtype().endsWith("+json"))
                    || type.isCompatibleWith(MediaType.MULTIPART_FORM_DATA));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    static String refusal(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query != null && !query.isEmpty()) {
            String[] pairs = query.split("&", -1);
            if (pairs.length > MAX_PARAMETERS) {
                return "The query has more than " + MAX_PARAMETERS + " parameters.";
            }
            for (String pair : pairs) {
                int equals = pair.indexOf('=');
                String rawName = equals < 0 ? pair : pair.substring(0, equals);
                String name = decode(rawName);
                if (name == null) {
                    return "A parameter's name is not valid percent-encoded UTF-8.";
                }
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                if (value == null) {
                    return "Parameter '" + printable(name) + "' is not valid percent-encoded UTF-8.";
                }
                if (value.length() > MAX_PARAMETER_LENGTH) {
                    return "Parameter '" + printable(name) + "' is longer than " + MAX_PARAMETER_LENGTH + " characters.";
                }
                String problem = Text.problem(name + value).orElse(null);
                if (problem != null) {
                    return "Parameter '" + printable(name) + "' " + problem + ".";
                }
            }
        }
        for (String header : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(header))) {
                if (!LONG_HEADERS.contains(header.toLowerCase(java.util.Locale.ROOT)) && value.length() > MAX_HEADER_LENGTH) {
                    return "Header '" + header + "' is longer than " + MAX_HEADER_LENGTH + " characters.";
                }
                // Header bytes arrive as ISO-8859-1, so only C0 controls and DEL are refused here.
                if (value.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7F)) {
                    return "Header '" + header + "' holds a control character.";
                }
            }
        }
        return null;
    }

    /** Strict percent-decoding: '+' is a space, every '%' is followed by two hex digits, the bytes are UTF-8. */
    static String decode(String raw) {
        ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 4);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return null;
                }
                bytes.put((byte) ((Character.digit(raw.charAt(i + 1), 16) << 4) + Character.digit(raw.charAt(i + 2), 16)));
                i += 2;
            } else if (c == '+') {
                bytes.put((byte) ' ');
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        bytes.flip();
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String printable(String name) {
        String shown = name.codePoints().filter(c -> !Character.isISOControl(c)).limit(60)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return shown;
    }
}
