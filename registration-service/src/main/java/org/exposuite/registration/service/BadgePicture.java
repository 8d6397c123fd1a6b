package org.exposuite.registration.service;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.exposuite.registration.api.BadgeView;
import org.jboss.logging.Logger;

/**
 * The printable badge (PNG, 800 × 1200 px: A6 portrait at about 200 dpi): the expo, the name large, organization,
 * category, days and the QR code of the badge token. Chinese names need a CJK font (Debian: fonts-noto-cjk).
 */
@ApplicationScoped
public class BadgePicture {

    private static final Logger LOG = Logger.getLogger(BadgePicture.class);
    private static final int WIDTH = 800;
    private static final int HEIGHT = 1200;
    private static final int MARGIN = 50;
    private static final Color INK = new Color(0x1A, 0x1A, 0x2E);
    private static final Color EXPO_BLUE = new Color(0x0B, 0x3D, 0x91);
    private static final List<String> PREFERRED_FONTS = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Droid Sans Fallback");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    @Inject
    ExpoConfig expo;

    private volatile String fontFamily;

    public byte[] png(BadgeView badge) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);

            g.setColor(EXPO_BLUE);
            g.fillRect(0, 0, WIDTH, 130);
            g.setColor(Color.WHITE);
            centered(g, expo.name(), Font.BOLD, 34, 22, 60);
            centered(g, "Guiyang · " + span(expo.days()), Font.PLAIN, 26, 18, 108);

            g.setColor(INK);
            int y = 300;
            y = centered(g, displayName(badge), Font.BOLD, 130, 48, y);
            g.setColor(Color.DARK_GRAY);
            if (badge.latinName() != null && !badge.latinName().equals(displayName(badge))) {
                y = centered(g, badge.latinName(), Font.PLAIN, 44, 24, y + 70);
            }
            if (badge.organization() != null) {
                centered(g, badge.organization(), Font.PLAIN, 38, 22, y + 64);
            }

            int bandTop = 470;
            g.setColor(categoryColour(badge.category()));
            g.fillRect(0, bandTop, WIDTH, 120);
            g.setColor(Color.WHITE);
            centered(g, badge.categoryNameZh() == null ? badge.category() : badge.categoryNameZh(), Font.BOLD, 46, 24, bandTop + 56);
            centered(g, badge.categoryNameEn() == null ? "" : badge.categoryNameEn().toUpperCase(Locale.ENGLISH), Font.BOLD, 30, 18, bandTop + 100);

            g.setColor(INK);
            centered(g, days(badge.days()), Font.BOLD, 34, 18, bandTop + 175);

            drawQrCode(g, badge.token(), bandTop + 210, HEIGHT - 30);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Chinese names family first without a space; others given name first. */
    static String displayName(BadgeView badge) {
        boolean han = (badge.familyName() + badge.givenName()).codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return han ? badge.familyName() + badge.givenName() : badge.givenName() + " " + badge.familyName();
    }

    private void drawQrCode(Graphics2D g, String token, int top, int bottom) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(token, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalStateException("A badge token always fits a QR code", e);
        }
        int modules = matrix.getWidth();
        // Whole pixels per module and a quiet zone of four modules, so any phone reads it.
        int module = Math.max(1, (bottom - top) / (modules + 8));
        int size = module * modules;
        int left = (WIDTH - size) / 2;
        int y0 = top + module * 4;
        g.setColor(Color.BLACK);
        for (int y = 0; y < modules; y++) {
            for (int x = 0; x < modules; x++) {
                if (matrix.get(x, y)) {
                    g.fillRect(left + x * module, y0 + y * module, module, module);
                }
            }
        }
    }

    /** Draws text centred, shrinking it until it fits the width; answers the baseline used. */
    private int centered(Graphics2D g, String text, int style, int size, int minimumSize, int baseline) {
        Font font = new Font(fontFamily(), style, size);
        FontMetrics metrics = g.getFontMetrics(font);
        while (metrics.stringWidth(text) > WIDTH - 2 * MARGIN && font.getSize() > minimumSize) {
            font = font.deriveFont((float) (font.getSize() - 2));
            metrics = g.getFontMetrics(font);
        }
        g.setFont(font);
        g.drawString(text, (WIDTH - metrics.stringWidth(text)) / 2, baseline);
        return baseline;
    }

    private String fontFamily() {
        if (fontFamily == null) {
            Set<String> installed = Set.copyOf(Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT)));
            fontFamily = PREFERRED_FONTS.stream().filter(installed::contains).findFirst().orElseGet(() -> {
                LOG.warn("No CJK font installed (Debian: fonts-noto-cjk); Chinese names on badges may not show");
                return Font.SANS_SERIF;
            });
        }
        return fontFamily;
    }

    private static String days(List<LocalDate> days) {
        return String.join("  ·  ", days.stream().map(DAY::format).toList());
    }

    private static String span(List<LocalDate> days) {
        LocalDate first = days.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = days.stream().max(LocalDate::compareTo).orElseThrow();
        return first.getDayOfMonth() + "–" + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(last);
    }

    /** A stable colour per category, dark enough for white text. */
    private static Color categoryColour(String category) {
        float hue = (Math.floorMod(category.hashCode(), 360)) / 360f;
        return Color.getHSBColor(hue, 0.75f, 0.55f);
    }
}
