package org.exposuite.pavilion.rest;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.exposuite.pavilion.api.BoothView;
import org.exposuite.pavilion.api.FloorPlanView;

/** Draws a pavilion's floor plan to scale as SVG: booths coloured by status, labelled with code and exhibitor. */
final class FloorPlanSvg {

    private static final double DRAWING_WIDTH = 1200;
    private static final double MAX_DRAWING_HEIGHT = 820;
    private static final double MARGIN = 24;
    private static final double HEADER = 78;
    private static final String FONT = "'Noto Sans', 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', Arial, sans-serif";
    private static final Map<String, String[]> COLOURS = Map.of(
            "FREE", new String[] {"#d5efd0", "#3f7f3a", "free"},
            "HELD", new String[] {"#ffe3a3", "#a86d00", "held"},
            "ASSIGNED", new String[] {"#bcd6f5", "#2c5d99", "assigned"});
    private static final String[] ORDER = {"FREE", "HELD", "ASSIGNED"};

    private FloorPlanSvg() {
    }

    static String render(FloorPlanView plan) {
        double hallWidth = plan.widthM().doubleValue();
        double hallDepth = plan.depthM().doubleValue();
        double scale = Math.min(DRAWING_WIDTH / hallWidth, MAX_DRAWING_HEIGHT / hallDepth);
        double width = hallWidth * scale + 2 * MARGIN;
        double height = hallDepth * scale + 2 * MARGIN + HEADER + 20;
        StringBuilder svg = new StringBuilder(64 * 1024);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(n(width)).append("\" height=\"").append(n(height))
                .append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
                .append("\" font-family=\"").append(FONT).append("\" role=\"img\">\n");
        svg.append("<title>").append(esc(plan.nameEn() + " " + plan.nameZh() + " — floor plan")).append("</title>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        header(svg, plan, hallWidth, hallDepth, width);

        double top = MARGIN + HEADER;
        svg.append("<g transform=\"translate(").append(n(MARGIN)).append(' ').append(n(top)).append(")\">\n");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(n(hallWidth * scale)).append("\" height=\"").append(n(hallDepth * scale))
                .append("\" fill=\"#f4f3ee\" stroke=\"#444\" stroke-width=\"2\"/>\n");
        for (BoothView booth : plan.booths()) {
            booth(svg, booth, scale);
        }
        svg.append("</g>\n");
        scaleBar(svg, scale, top + hallDepth * scale + 14);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void header(StringBuilder svg, FloorPlanView plan, double hallWidth, double hallDepth, double width) {
        svg.append("<text x=\"").append(n(MARGIN)).append("\" y=\"").append(n(MARGIN + 20))
                .append("\" font-size=\"20\" font-weight=\"bold\" fill=\"#222\">")
                .append(esc(plan.nameEn() + " · " + plan.nameZh() + " (" + plan.pavilionCode() + ")")).append("</text>\n");
        svg.append("<text x=\"").append(n(MARGIN)).append("\" y=\"").append(n(MARGIN + 42)).append("\" font-size=\"13\" fill=\"#555\">")
                .append(esc("Floor plan " + metres(plan.widthM()) + " × " + metres(plan.depthM()) + " m · "
                        + plan.booths().size() + " booths")).append("</text>\n");
        double x = MARGIN;
        double y = MARGIN + 58;
        for (String status : ORDER) {
            long count = plan.booths().stream().filter(b -> b.status().equals(status)).count();
            String[] colour = COLOURS.get(status);
            svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"16\" height=\"12\" fill=\"")
                    .append(colour[0]).append("\" stroke=\"").append(colour[1]).append("\"/>");
            svg.append("<text x=\"").append(n(x + 22)).append("\" y=\"").append(n(y + 11)).append("\" font-size=\"13\" fill=\"#333\">")
                    .append(esc(colour[2] + " (" + count + ")")).append("</text>\n");
            x += 130;
        }
    }

    private static void booth(StringBuilder svg, BoothView booth, double scale) {
        String[] colour = COLOURS.getOrDefault(booth.status(), COLOURS.get("FREE"));
        double x = booth.x().doubleValue() * scale;
        double y = booth.y().doubleValue() * scale;
        double w = booth.width().doubleValue() * scale;
        double h = booth.depth().doubleValue() * scale;
        String tooltip = booth.code() + " · " + booth.type().toLowerCase(Locale.ROOT) + " · " + metres(booth.areaM2()) + " m² · "
                + colour[2] + (booth.exhibitorName() == null ? "" : " · " + booth.exhibitorName());
        svg.append("<g class=\"booth ").append(booth.status().toLowerCase(Locale.ROOT)).append("\">")
                .append("<title>").append(esc(tooltip)).append("</title>")
                .append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" fill=\"").append(colour[0]).append("\" stroke=\"").append(colour[1])
                .append("\" stroke-width=\"1\"/>");
        double codeSize = clamp(Math.min(w / (booth.code().length() * 0.62 + 0.6), h * 0.3), 5, 13);
        svg.append("<text x=\"").append(n(x + w / 2)).append("\" y=\"").append(n(y + codeSize + 2))
                .append("\" text-anchor=\"middle\" font-size=\"").append(n(codeSize)).append("\" font-weight=\"bold\" fill=\"#222\">")
                .append(esc(booth.code())).append("</text>");
        if (booth.exhibitorName() != null && h > codeSize * 2.4) {
            double nameSize = clamp(codeSize * 0.9, 5, 12);
            int fits = Math.max(3, (int) (w / (nameSize * 0.58)));
            String name = booth.exhibitorName();
            String shown = name.codePointCount(0, name.length()) > fits
                    ? name.substring(0, name.offsetByCodePoints(0, fits - 1)) + "…" : name;
            svg.append("<text x=\"").append(n(x + w / 2)).append("\" y=\"").append(n(y + h / 2 + nameSize * 0.8))
                    .append("\" text-anchor=\"middle\" font-size=\"").append(n(nameSize)).append("\" fill=\"#1b2a3a\">")
                    .append(esc(shown)).append("</text>");
        }
        svg.append("</g>\n");
    }

    private static void scaleBar(StringBuilder svg, double scale, double y) {
        double metres = scale >= 20 ? 5 : scale >= 8 ? 10 : 20;
        double length = metres * scale;
        svg.append("<g stroke=\"#333\" stroke-width=\"2\"><line x1=\"").append(n(MARGIN)).append("\" y1=\"").append(n(y))
                .append("\" x2=\"").append(n(MARGIN + length)).append("\" y2=\"").append(n(y)).append("\"/></g>")
                .append("<text x=\"").append(n(MARGIN + length + 8)).append("\" y=\"").append(n(y + 4))
                .append("\" font-size=\"12\" fill=\"#333\">").append((int) metres).append(" m</text>\n");
    }

    /** Escapes text for XML content and attribute values. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    // characters XML 1.0 cannot carry at all are dropped
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static String metres(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
