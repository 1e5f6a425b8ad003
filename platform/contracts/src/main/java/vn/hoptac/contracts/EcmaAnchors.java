package vn.hoptac.contracts;

import java.util.regex.Pattern;

import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;

/**
 * JDK regular expressions for JSON Schema {@code pattern}, with the end anchor read as ECMA 262 reads it.
 *
 * <p>JSON Schema patterns are ECMA 262 regular expressions, where {@code $} (without the multiline
 * flag) matches only at the very end of the input. In {@link java.util.regex.Pattern}, {@code $} also
 * matches before a final line terminator, so {@code ^[0-9]{2}$} would accept {@code "19\n"}. This
 * factory rewrites every unescaped {@code $} outside a character class to {@code \z}. The rest of the
 * syntax our schemas use ({@code ^}, character classes, quantifiers, {@code \S}) means the same in both,
 * and so do the Unicode property escapes {@code \p{L}} (any letter, Vietnamese ones included) and
 * {@code \p{N}} (any number character), which ECMA 262 reads with the {@code u} flag, the flag JSON Schema
 * (2020-12) asks validators to build patterns with.
 */
final class EcmaAnchors implements RegularExpressionFactory {

    static final EcmaAnchors INSTANCE = new EcmaAnchors();

    private EcmaAnchors() {
    }

    @Override
    public RegularExpression getRegularExpression(String regex) {
        Pattern pattern = Pattern.compile(translate(regex));
        return input -> pattern.matcher(input).find();
    }

    static String translate(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 4);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                out.append(c).append(regex.charAt(++i));
            } else if (inClass) {
                inClass = c != ']';
                out.append(c);
            } else if (c == '[') {
                inClass = true;
                out.append(c);
            } else if (c == '$') {
                out.append("\\z");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
