package org.exposuite.systemtests;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/** Reads the QR code on a picture, as a gate scanner's camera would. */
final class QrCodes {

    private QrCodes() {
    }

    /**
     * The text of the one QR code on the PNG picture; fails when the picture holds none. Like a scanner that tries
     * again, a second reading thresholds the whole picture at once, which text near the code cannot disturb; an
     * unreadable picture is kept in target/ for a look.
     */
    static String read(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new IllegalArgumentException("not a picture (" + png.length + " bytes)");
            }
            BufferedImageLuminanceSource source = new BufferedImageLuminanceSource(image);
            try {
                return decode(new BinaryBitmap(new HybridBinarizer(source)));
            } catch (NotFoundException first) {
                try {
                    return decode(new BinaryBitmap(new GlobalHistogramBinarizer(source)));
                } catch (NotFoundException second) {
                    Path kept = Files.createTempFile(Path.of("target"), "unreadable-qr-", ".png");
                    Files.write(kept, png);
                    throw new AssertionError("the picture holds no readable QR code (kept as " + kept + ")", second);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decode(BinaryBitmap bitmap) throws NotFoundException {
        return new MultiFormatReader().decode(bitmap, Map.of(
                DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
                DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
