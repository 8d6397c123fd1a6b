package org.exposuite.registration.service;

import io.agroal.api.AgroalDataSource;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.exposuite.registration.api.RegistrationProblem;
import org.exposuite.registration.domain.InterestsConverter;
import org.exposuite.registration.domain.Registration;
import org.exposuite.registration.security.RegistrationSecrets;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The writes of a new registration in plain SQL, each statement prepared once per connection by the driver: no entity
 * is loaded or flushed on the hot path, and the unique indexes decide about duplicates instead of queries beforehand.
 */
@ApplicationScoped
public class RegistrationWrites {

    private static final String ACTIVE_EMAIL_CONSTRAINT = "registration_active_email_unique";
    // A colliding confirmation code inserts nothing (and the next attempt draws another); any other duplicate is an error.
    private static final String INSERT_REGISTRATION = """
            with registration_row as (
                insert into registration (id, confirmation_code, secret_hash, category_id, invitation_code_id, status,
                    family_name, given_name, latin_name, email, phone, organization, job_title, country, interests,
                    privacy_policy_accepted_at, share_contact_with_exhibitors, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (confirmation_code) do nothing
                returning id),
            day_rows as (
                insert into registration_day (registration_id, day) select id, unnest(?) from registration_row)
            select count(*) from registration_row""";
    private static final String REDEEM_INVITATION = """
            update invitation_code set uses = uses + 1 where category_id = ? and code = ? and uses < max_uses returning id""";
    private static final String INVITATION_EXISTS = "select 1 from invitation_code where category_id = ? and code = ?";
    private static final int CODE_ATTEMPTS = 10;
    private static final InterestsConverter INTERESTS = new InterestsConverter();

    @Inject
    AgroalDataSource dataSource;

    /**
     * Writes the registration and its days in one statement; the partial unique index on the e-mail address answers
     * a second active registration of the same person (also one sent at the same moment) with 409.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(Registration registration, long categoryId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT_REGISTRATION)) {
            for (int attempt = 1; ; attempt++) {
                registration.confirmationCode = RegistrationSecrets.newConfirmationCode();
                bind(insert, connection, registration, categoryId);
                if (inserted(insert)) {
                    return;
                }
                if (attempt == CODE_ATTEMPTS) {
                    throw new IllegalStateException("no free confirmation code after " + CODE_ATTEMPTS + " attempts");
                }
            }
        } catch (SQLException e) {
            if (violates(e, ACTIVE_EMAIL_CONSTRAINT)) {
                throw RegistrationProblem.ALREADY_REGISTERED.problem();
            }
            throw new PersistenceException("writing a registration failed", e);
        }
    }

    /** One use of the invitation code, guarded like a place: a code never admits more than its uses. Answers the code's id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long redeemInvitation(CategoryRules category, String code) {
        String trimmed = Optional.ofNullable(code).map(String::trim).filter(c -> !c.isEmpty())
                .orElseThrow(() -> invitationInvalid(category));
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement redeem = connection.prepareStatement(REDEEM_INVITATION)) {
                redeem.setLong(1, category.id());
                redeem.setString(2, trimmed);
                try (ResultSet redeemed = redeem.executeQuery()) {
                    if (redeemed.next()) {
                        return redeemed.getLong(1);
                    }
                }
            }
            // Only a refused code costs a second look: was it unknown or used up?
            try (PreparedStatement exists = connection.prepareStatement(INVITATION_EXISTS)) {
                exists.setLong(1, category.id());
                exists.setString(2, trimmed);
                try (ResultSet found = exists.executeQuery()) {
                    if (!found.next()) {
                        throw invitationInvalid(category);
                    }
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("redeeming an invitation code failed", e);
        }
        throw RegistrationProblem.INVITATION_EXHAUSTED.builder("This invitation code has no uses left.")
                .with("field", "invitationCode").build();
    }

    private static void bind(PreparedStatement insert, Connection connection, Registration r, long categoryId) throws SQLException {
        int column = 1;
        insert.setObject(column++, r.id);
        insert.setString(column++, r.confirmationCode);
        insert.setString(column++, r.secretHash);
        insert.setLong(column++, categoryId);
        if (r.invitationCodeId == null) {
            insert.setNull(column++, Types.BIGINT);
        } else {
            insert.setLong(column++, r.invitationCodeId);
        }
        insert.setString(column++, r.status.name());
        insert.setString(column++, r.familyName);
        insert.setString(column++, r.givenName);
        insert.setString(column++, r.latinName);
        insert.setString(column++, r.email);
        insert.setString(column++, r.phone);
        insert.setString(column++, r.organization);
        insert.setString(column++, r.jobTitle);
        insert.setString(column++, r.country);
        insert.setString(column++, INTERESTS.convertToDatabaseColumn(r.interests));
        insert.setObject(column++, utc(r.privacyPolicyAcceptedAt));
        insert.setBoolean(column++, r.shareContactWithExhibitors);
        insert.setObject(column++, utc(r.createdAt));
        insert.setObject(column++, utc(r.updatedAt));
        insert.setArray(column, connection.createArrayOf("date", r.days.stream().map(LocalDate::toString).toArray(String[]::new)));
    }

    private static boolean inserted(PreparedStatement insert) throws SQLException {
        try (ResultSet count = insert.executeQuery()) {
            count.next();
            return count.getLong(1) == 1;
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static boolean violates(SQLException e, String constraint) {
        ServerErrorMessage message = e instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        return message != null && constraint.equals(message.getConstraint());
    }

    private static HttpProblem invitationInvalid(CategoryRules category) {
        return RegistrationProblem.INVITATION_INVALID.builder(
                        "Category '%s' is open by invitation only; the invitation code is missing or not valid.", category.code())
                .with("field", "invitationCode").build();
    }
}
