package org.exposuite.registration.api;

/** The patterns that request fields about people share. */
final class Formats {

    static final String NO_CONTROL_CHARACTERS = "[^\\p{Cntrl}]*";
    static final String NO_CONTROL_CHARACTERS_MESSAGE = "must not contain control characters";
    static final String LATIN_NAME = "[\\p{IsLatin}\\p{M} .,'’-]*";
    static final String LATIN_NAME_MESSAGE = "must be written in Latin letters";
    // A dot in the domain: Bean Validation's own @Email accepts addresses such as a@b that mail cannot reach.
    static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    static final String PHONE = "\\+?[0-9][0-9 ()-]{4,30}";
    static final String PHONE_MESSAGE = "must be a phone number of digits, spaces, dashes and brackets, optionally starting with +";

    private Formats() {
    }
}
