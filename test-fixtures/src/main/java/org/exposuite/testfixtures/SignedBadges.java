package org.exposuite.testfixtures;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Badges as registration-service signs them (ES256 on a P-256 key, with its issuer), with keys made for the test run. */
public final class SignedBadges {

    public static final String ISSUER = "expo-suite-registration";

    private SignedBadges() {
    }

    /** A new P-256 key pair with this key id, as registration-service signs badges with. */
    public static ECKey newKey(String keyId) {
        return newKey(Curve.P_256, keyId);
    }

    public static ECKey newKey(Curve curve, String keyId) {
        try {
            return new ECKeyGenerator(curve).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims of the badge of this registration: its category, the days it admits, valid from issued to expires. */
    public static JWTClaimsSet.Builder claims(String registrationId, String category, List<String> days, Instant issued,
                                              Instant expires) {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(registrationId)
                .claim("cat", category)
                .claim("days", days)
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(expires));
    }

    /** The badge token (compact JWS) with these claims, signed with this key and naming its key id. */
    public static String sign(ECKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new ECDSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
