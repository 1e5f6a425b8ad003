package vn.hoptac.campaign.target.application;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Once the service is up, the targets it was counting when it was last killed are recounted. */
@Component
class TargetStartupCheck {

    private final TargetService targets;

    TargetStartupCheck(TargetService targets) {
        this.targets = targets;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recountInterrupted() {
        targets.recountInterrupted();
    }
}
