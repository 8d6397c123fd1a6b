package org.exposuite.registration.service;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.exposuite.platform.time.ExpoEdition;
import org.exposuite.registration.api.CheckinRequest;
import org.exposuite.registration.api.CheckinResult;
import org.exposuite.registration.api.CheckinStatistics;
import org.exposuite.registration.api.RegistrationProblem;
import org.exposuite.registration.domain.Category;
import org.exposuite.registration.domain.DenialReason;
import org.exposuite.registration.domain.GateDecision;
import org.exposuite.registration.domain.GateDirection;
import org.exposuite.registration.domain.Registration;
import org.exposuite.registration.domain.RegistrationStatus;
import org.exposuite.registration.security.BadgeTokens;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

/**
 * Gate check-in. Each scan is recorded once under its nonce (a unique key), and who is inside changes only through
 * guarded statements, so two gates scanning the same badge at once never both admit it.
 */
@ApplicationScoped
public class Checkins {

    @Inject
    Clock clock;

    @Inject
    ExpoConfig expo;

    @Inject
    ExpoEdition edition;

    @Inject
    BadgeTokens tokens;

    @Inject
    BadgeRevocations revocations;

    @Inject
    EntityManager entityManager;

    @Inject
    RegistrationEvents events;

    @Inject
    RegistrationMetrics metrics;

    private record Judgement(UUID registrationId, DenialReason reason, Registration registration) {
    }

    @Transactional
    public CheckinResult check(CheckinRequest scan, String scanner) {
        Instant now = clock.instant();
        Instant scannedAt = scan.scannedAt() == null ? now : scan.scannedAt();
        if (scannedAt.isAfter(now.plus(expo.checkin().clockSkew()))) {
            throw scanTimeInFuture(scan);
        }
        Optional<CheckinResult> earlier = recorded(scan.nonce());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        LocalDate day = scannedAt.atZone(edition.zone()).toLocalDate();
        Judgement judgement = judge(scan.badgeToken(), scannedAt, day);
        int inserted = entityManager.createNativeQuery("""
                        insert into checkin (nonce, registration_id, gate, direction, day, scanned_at, received_at, decision, reason, scanner)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) on conflict (nonce) do nothing""")
                .setParameter(1, scan.nonce())
                .setParameter(2, new TypedParameterValue<>(StandardBasicTypes.UUID, judgement.registrationId()))
                .setParameter(3, scan.gate())
                .setParameter(4, scan.direction().name())
                .setParameter(5, day)
                .setParameter(6, scannedAt.atOffset(ZoneOffset.UTC))
                .setParameter(7, now.atOffset(ZoneOffset.UTC))
                .setParameter(8, (judgement.reason() == null ? GateDecision.ADMIT : GateDecision.DENY).name())
                .setParameter(9, new TypedParameterValue<>(StandardBasicTypes.STRING, judgement.reason() == null ? null : judgement.reason().name()))
                .setParameter(10, new TypedParameterValue<>(StandardBasicTypes.STRING, scanner))
                .executeUpdate();
        if (inserted == 0) {
            // The same scan arrived twice at once; the other upload recorded it first.
            return recorded(scan.nonce()).orElseThrow();
        }
        DenialReason reason = judgement.reason();
        if (reason == null && !pass(judgement.registrationId(), day, scan.direction())) {
            reason = scan.direction() == GateDirection.IN ? DenialReason.ALREADY_INSIDE : DenialReason.NOT_INSIDE;
            entityManager.createNativeQuery("update checkin set decision = 'DENY', reason = ?2 where nonce = ?1")
                    .setParameter(1, scan.nonce()).setParameter(2, reason.name()).executeUpdate();
        }
        events.scanned(scan.nonce(), judgement.registrationId(), scan.gate(), scan.direction(), day, scannedAt, reason);
        metrics.gateScanned(scan.gate(), scan.direction(), reason);
        return result(scan.nonce(), reason, scan.gate(), scan.direction(), day, scannedAt,
                reason == null ? judgement.registration() : null, false);
    }

    /** Offline scans in the order they were made, each in its own transaction, so one refusal never undoes another scan. */
    public List<CheckinResult> checkAll(List<CheckinRequest> scans, String scanner) {
        Instant latest = clock.instant().plus(expo.checkin().clockSkew());
        for (CheckinRequest scan : scans) {
            if (scan.scannedAt() != null && scan.scannedAt().isAfter(latest)) {
                throw scanTimeInFuture(scan);
            }
        }
        Instant now = clock.instant();
        List<CheckinRequest> ordered = new ArrayList<>(scans);
        ordered.sort(Comparator.comparing(s -> s.scannedAt() == null ? now : s.scannedAt()));
        List<CheckinResult> results = new ArrayList<>();
        for (CheckinRequest scan : ordered) {
            // Intercepted self-call: each scan commits on its own.
            results.add(check(scan, scanner));
        }
        return results;
    }

    /** A scan time later than the service's clock allows: the scanner's clock is wrong. */
    private static HttpProblem scanTimeInFuture(CheckinRequest scan) {
        return RegistrationProblem.SCAN_TIME_IN_FUTURE.with("The scan %s is dated in the future; check the scanner's clock.", scan.nonce());
    }

    /** Badge first (signature, expiry), then the registration as it stands now: revoked, pending, valid today. */
    private Judgement judge(String token, Instant scannedAt, LocalDate day) {
        BadgeTokens.Verification verification = tokens.verify(token, scannedAt);
        if (!verification.valid()) {
            return new Judgement(null, DenialReason.valueOf(verification.failure().name()), null);
        }
        UUID id = verification.registrationId();
        Registration registration = Registration.findById(id);
        if (registration == null) {
            return new Judgement(null, DenialReason.UNKNOWN_BADGE, null);
        }
        if (revocations.isRevoked(id) || !registration.status.isActive()) {
            return new Judgement(id, DenialReason.REVOKED, registration);
        }
        if (registration.status == RegistrationStatus.PENDING) {
            return new Judgement(id, DenialReason.PENDING_APPROVAL, registration);
        }
        if (!registration.days.contains(day)) {
            return new Judgement(id, DenialReason.NOT_VALID_TODAY, registration);
        }
        return new Judgement(id, null, registration);
    }

    /** In: only when not inside already; out: only when inside. One statement each decides. */
    private boolean pass(UUID registrationId, LocalDate day, GateDirection direction) {
        if (direction == GateDirection.IN) {
            return entityManager.createNativeQuery("""
                            insert into presence (registration_id, day, inside) values (?1, ?2, true)
                            on conflict (registration_id, day) do update set inside = true where presence.inside = false""")
                    .setParameter(1, registrationId).setParameter(2, day).executeUpdate() == 1;
        }
        return entityManager.createNativeQuery("update presence set inside = false where registration_id = ?1 and day = ?2 and inside")
                .setParameter(1, registrationId).setParameter(2, day).executeUpdate() == 1;
    }

    private Optional<CheckinResult> recorded(String nonce) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select registration_id, gate, direction, day, scanned_at, decision, reason from checkin where nonce = ?1")
                .setParameter(1, nonce).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        DenialReason reason = row[6] == null ? null : DenialReason.valueOf((String) row[6]);
        Registration registration = reason == null && row[0] != null ? Registration.findById(row[0]) : null;
        return Optional.of(result(nonce, reason, (String) row[1], GateDirection.valueOf((String) row[2]), (LocalDate) row[3],
                BadgeRevocations.instant(row[4]), registration, true));
    }

    private static CheckinResult result(String nonce, DenialReason reason, String gate, GateDirection direction, LocalDate day,
                                        Instant scannedAt, Registration admitted, boolean replayed) {
        CheckinResult.Holder holder = null;
        if (admitted != null) {
            Category c = admitted.category;
            holder = new CheckinResult.Holder(admitted.id, admitted.familyName, admitted.givenName, admitted.latinName,
                    admitted.organization, c.code, c.nameEn, c.nameZh);
        }
        return new CheckinResult(nonce, reason == null ? GateDecision.ADMIT : GateDecision.DENY, reason, gate, direction, day,
                scannedAt, holder, replayed);
    }

    @Transactional
    public CheckinStatistics statistics(LocalDate day) {
        String counts = """
                count(*) filter (where direction = 'IN' and decision = 'ADMIT'),
                count(*) filter (where direction = 'OUT' and decision = 'ADMIT'),
                count(*) filter (where decision = 'DENY'),
                count(distinct registration_id) filter (where direction = 'IN' and decision = 'ADMIT')""";
        Object[] total = (Object[]) entityManager.createNativeQuery("select " + counts + " from checkin where day = ?1")
                .setParameter(1, day).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> byGate = entityManager.createNativeQuery("select gate, " + counts + " from checkin where day = ?1 group by gate order by gate")
                .setParameter(1, day).getResultList();
        long inside = ((Number) entityManager.createNativeQuery("select count(*) from presence where day = ?1 and inside")
                .setParameter(1, day).getSingleResult()).longValue();
        List<CheckinStatistics.GateCount> gates = byGate.stream()
                .map(r -> new CheckinStatistics.GateCount((String) r[0], number(r[1]), number(r[2]), number(r[3]), number(r[4])))
                .toList();
        return new CheckinStatistics(day, number(total[0]), number(total[1]), number(total[2]), number(total[3]), inside, gates);
    }

    public LocalDate today() {
        return clock.instant().atZone(edition.zone()).toLocalDate();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
