package org.exposuite.platform.idempotency;

import java.util.Objects;

/**
 * An operation that takes an Idempotency-Key: keys are scoped to it, and to the caller where the operation is
 * authenticated, so one client's key never answers another operation or another caller.
 *
 * @param name       stable name of the operation, e.g. {@code register}; part of every key stored for it
 * @param caller     who calls, for an authenticated operation (e.g. the exhibitor's id); empty for a public one
 * @param answerType the body the operation answers with, read back when a retry is replayed
 */
public record IdempotentOperation<T>(String name, String caller, Class<T> answerType) {

    public IdempotentOperation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(answerType, "answerType");
    }

    /** A public operation: every caller shares the key space, as anonymous clients cannot be told apart. */
    public static <T> IdempotentOperation<T> named(String name, Class<T> answerType) {
        return new IdempotentOperation<>(name, "", answerType);
    }

    /** The same operation with keys of this caller only. */
    public IdempotentOperation<T> by(String caller) {
        return new IdempotentOperation<>(name, caller, answerType);
    }
}
