package vn.hoptac.plumbing.alliance;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which alliance this deployment serves: one deployment, one province ({@code hoptac.alliance.*}).
 *
 * @param provinceCode the current (2025) official code of the alliance's province
 * @param service      the short service name used in event sources, e.g. {@code registry}
 * @param national     the Vietnam Cooperative Alliance's own deployment: it publishes as
 *                     {@code /national/<service>} and acts for national tokens
 */
@ConfigurationProperties("hoptac.alliance")
public record AllianceProperties(String provinceCode, String service, boolean national) {

    public AllianceProperties {
        provinceCode = provinceCode == null ? "19" : provinceCode.trim();
    }
}
