package vn.hoptac.issuer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The local stack's people: one demo user per role for each configured province
 * ({@code registry-officer-19}, {@code appraiser-68}, …) and one national viewer of the Vietnam
 * Cooperative Alliance. Each is a login for browsers and a client (same id, same secret) for scripts.
 */
public final class DemoUsers {

    /** A demo user and the claims its tokens carry. */
    public record DemoUser(String id, String name, List<String> roles, List<String> provinces, boolean national) {
    }

    /** The roles, in the README's order, with who holds each in an alliance. */
    private static final Map<String, String> PEOPLE = new LinkedHashMap<>();

    static {
        PEOPLE.put("REGISTRY_OFFICER", "Nguyễn Văn An");
        PEOPLE.put("LOAN_OFFICER", "Trần Thị Bình");
        PEOPLE.put("APPRAISER", "Lê Văn Cường");
        PEOPLE.put("APPROVER", "Phạm Thị Dung");
        PEOPLE.put("TREASURER", "Hoàng Văn Đức");
        PEOPLE.put("CAMPAIGN_OFFICER", "Vũ Thị Hằng");
        PEOPLE.put("VIEWER", "Đặng Văn Khoa");
        PEOPLE.put("OPERATOR", "Bùi Văn Long");
    }

    public static final String NATIONAL_VIEWER = "national-viewer";

    private final Map<String, DemoUser> users = new LinkedHashMap<>();

    public DemoUsers(List<String> provinces) {
        for (String province : provinces) {
            PEOPLE.forEach((role, name) -> add(new DemoUser(role.toLowerCase(Locale.ROOT).replace('_', '-') + "-" + province,
                    name, List.of(role), List.of(province), false)));
        }
        add(new DemoUser(NATIONAL_VIEWER, "Ngô Thị Mai", List.of("VIEWER"), List.of(), true));
    }

    private void add(DemoUser user) {
        users.put(user.id(), user);
    }

    public Optional<DemoUser> find(String id) {
        return Optional.ofNullable(users.get(id));
    }

    public List<DemoUser> all() {
        return new ArrayList<>(users.values());
    }
}
