package vn.hoptac.issuer;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /demo-users}: who can sign in on the local stack, with their roles and provinces. */
@RestController
class DemoUsersController {

    private final DemoUsers users;
    private final IssuerProperties properties;

    DemoUsersController(DemoUsers users, IssuerProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    record Directory(String issuer, String tokenEndpoint, String howToGetAToken, List<DemoUsers.DemoUser> users) {
    }

    @GetMapping({"/", "/demo-users"})
    Directory directory() {
        String token = properties.issuer() + "/oauth2/token";
        return new Directory(properties.issuer(), token, "curl -s -u <user id>:<demo secret> -d grant_type=client_credentials "
                + token, users.all());
    }
}
