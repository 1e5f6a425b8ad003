package vn.hoptac.plumbing.consuming;

import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code POST /actuator/deadletters/{topic}} re-drives a dead-letter topic after the cause was fixed.
 */
@Endpoint(id = "deadletters")
public class DeadLettersEndpoint {

    private final DeadLetterRedriver redriver;

    public DeadLettersEndpoint(DeadLetterRedriver redriver) {
        this.redriver = redriver;
    }

    @WriteOperation
    public DeadLetterRedriver.Result redrive(@Selector String topic) {
        try {
            return redriver.redrive(topic);
        } catch (IllegalArgumentException e) {
            throw new InvalidEndpointRequestException(e.getMessage(), e.getMessage());
        }
    }
}
