package vn.hoptac.issuer;

import java.nio.file.Path;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * HopTac's local token issuer. {@code java -jar hoptac-issuer.jar} serves; {@code java -jar
 * hoptac-issuer.jar rotate-keys <keys-file>} puts a new signing key first while the issuer runs (it
 * re-reads the file), keeping the previous key in the JWKS so earlier tokens stay valid.
 */
@SpringBootApplication
@EnableConfigurationProperties(IssuerProperties.class)
public class IssuerApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("rotate-keys")) {
            if (args.length != 2) {
                System.err.println("Usage: java -jar hoptac-issuer.jar rotate-keys <keys-file>");
                System.exit(2);
            }
            System.out.println("New signing key " + KeyRing.rotate(Path.of(args[1])) + "; the previous one still verifies.");
            return;
        }
        SpringApplication.run(IssuerApplication.class, args);
    }
}
