package org.exposuite.exhibitor.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.exposuite.exhibitor.domain.Exhibitor.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExhibitorStateTest {

    private static final Set<String> ALLOWED = Set.of(
            "DRAFT->SUBMITTED", "SUBMITTED->APPROVED", "SUBMITTED->REJECTED", "SUBMITTED->WITHDRAWN", "APPROVED->WITHDRAWN");

    @ParameterizedTest
    @EnumSource(State.class)
    void onlyTheTransitionsOfTheTableAreAllowed(State from) {
        for (State to : State.values()) {
            assertThat(from.canMoveTo(to)).as(from + "->" + to).isEqualTo(ALLOWED.contains(from + "->" + to));
        }
    }

    @Test
    void onlyUndecidedApplicationsAreEditable() {
        assertThat(EnumSet.allOf(State.class).stream().filter(State::isEditable))
                .containsExactlyInAnyOrder(State.DRAFT, State.SUBMITTED);
    }
}
