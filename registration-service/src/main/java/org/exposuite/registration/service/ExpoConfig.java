package org.exposuite.registration.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The expo edition this deployment serves, its badges, check-in, waiting list, staff badges and category rules. */
@ConfigMapping(prefix = "expo")
public interface ExpoConfig {

    /** The edition's name, as the personal data export names the controller. */
    String name();

    /** The days the expo is open; categories offer some or all of them. */
    List<LocalDate> days();

    Badge badge();

    Checkin checkin();

    Waitlist waitlist();

    Staff staff();

    Categories categories();

    interface Badge {
        /** A JWKS file of private EC P-256 keys; every key's public half is published so rotated-out badges keep verifying. */
        String signingKeys();

        /** The key id that signs new badges; the first key of the file when not set. */
        Optional<String> activeKid();

        /** How long after the last expo day a badge stays valid. */
        @WithDefault("P7D")
        Duration validAfterExpo();
    }

    interface Checkin {
        /** How far in the future a scanner's clock may be before its scan time is refused. */
        @WithDefault("PT2M")
        Duration clockSkew();
    }

    interface Waitlist {
        /** How long an offer holds its places before it passes to the next person. */
        @WithDefault("PT48H")
        Duration offerValidity();

        /** How often expired offers are passed on and free places offered, as a scheduler interval. */
        @WithDefault("1m")
        String checkEvery();
    }

    interface Categories {
        /** How long a replica keeps a category's rules (sale window, days, approval, invitation) before reading them again. */
        @WithDefault("PT5S")
        Duration rulesMaxAge();
    }

    interface Staff {
        /** The category exhibitor staff badges are issued in; organizers create it like any other. */
        @WithDefault("EXHIBITOR-STAFF")
        String category();
    }
}
