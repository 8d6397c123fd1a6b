package org.exposuite.registration.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.nimbusds.jwt.SignedJWT;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BadgePictureTest {

    @Inject
    AdjustableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void badgePictureCarriesAQrCodeThatDecodesToAValidBadge() throws Exception {
        clock.standAt(Instant.parse("2018-05-26T02:00:00Z"));
        String secret = BadgeCheckinTest.registerVisitor();
        String registrationId = given().auth().oauth2(secret).get("/api/registrations/me").then().extract().path("id");

        Response picture = given().auth().oauth2(secret).get("/api/registrations/me/badge.png");
        picture.then().statusCode(200).contentType("image/png").header("Cache-Control", "no-store");
        byte[] png = picture.asByteArray();
        // Kept for a look: target/badge-sample.png
        Files.write(Path.of("target", "badge-sample.png"), png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(1200);

        String token = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE), DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getSubject()).isEqualTo(registrationId);
        assertThat(BadgeCheckinTest.reasonOf(token)).isEqualTo("ADMIT null");
    }

    @Test
    void noPictureWithoutABadge() {
        given().auth().oauth2("rs_" + "z".repeat(43)).get("/api/registrations/me/badge.png").then().statusCode(404);
    }
}
