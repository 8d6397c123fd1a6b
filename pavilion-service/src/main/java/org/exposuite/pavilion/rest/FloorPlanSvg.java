package org.exposuite.pavilion.rest;

import static org.apache.commons.text.StringEscapeUtils.escapeXml10;

import java.math.BigDecimal;
import java.util.Locale;
import org.exposuite.pavilion.api.BoothView;
import org.exposuite.pavilion.api.FloorPlanView;

/** Draws a pavilion's floor plan to scale as SVG: booths coloured by status, labelled with code and exhibitor. */
final class FloorPlanSvg {

    private static final double DRAWING_WIDTH = 1200;
    private static final double MAX_DRAWING_HEIGHT = 820;
    private static final double MARGIN = 24;
    private static final double HEADER = 78;
    private static final String FONT = "'Noto Sans', 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', Arial, sans-serif";

    /** How a booth of each status is drawn, in the legend's order. */
    private enum Look {
        FREE("#d5efd0", "#3f7f3a"), HELD("#ffe3a3", "#a86d00"), ASSIGNED("#bcd6f5", "#2c5d99");

        final String fill;
        final String stroke;

        Look(String fill, String stroke) {
            this.fill = fill;
            this.stroke = stroke;
        }

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private FloorPlanSvg() {
    }

    static String render(FloorPlanView plan) {
        double hallWidth = plan.widthM().doubleValue();
        double hallDepth = plan.depthM().doubleValue();
        double scale = Math.min(DRAWING_WIDTH / hallWidth, MAX_DRAWING_HEIGHT / hallDepth);
        double width = hallWidth * scale + 2 * MARGIN;
        double height = hallDepth * scale + 2 * MARGIN + HEADER + 20;
        double top = MARGIN + HEADER;
        StringBuilder svg = new StringBuilder(64 * 1024);
        svg.append(format("""
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s" font-family="%s" role="img">
                <title>%s</title>
                <rect width="100%%" height="100%%" fill="#ffffff"/>
                <text x="%s" y="%s" font-size="20" font-weight="bold" fill="#222">%s</text>
                <text x="%s" y="%s" font-size="13" fill="#555">%s</text>
                """, n(width), n(height), n(width), n(height), FONT, escapeXml10(plan.nameEn() + " " + plan.nameZh() + " — floor plan"),
                n(MARGIN), n(MARGIN + 20), escapeXml10(plan.nameEn() + " · " + plan.nameZh() + " (" + plan.pavilionCode() + ")"),
                n(MARGIN), n(MARGIN + 42), escapeXml10("Floor plan " + metres(plan.widthM()) + " × " + metres(plan.depthM()) + " m · "
                        + plan.booths().size() + " booths")));
        double x = MARGIN;
        for (Look look : Look.values()) {
            long count = plan.booths().stream().filter(b -> b.status().equals(look.name())).count();
            svg.append(format("""
                    <rect x="%s" y="%s" width="16" height="12" fill="%s" stroke="%s"/>\
                    <text x="%s" y="%s" font-size="13" fill="#333">%s</text>
                    """, n(x), n(MARGIN + 58), look.fill, look.stroke, n(x + 22), n(MARGIN + 69), escapeXml10(look.label() + " (" + count + ")")));
            x += 130;
        }
        svg.append(format("""
                <g transform="translate(%s %s)">
                <rect x="0" y="0" width="%s" height="%s" fill="#f4f3ee" stroke="#444" stroke-width="2"/>
                """, n(MARGIN), n(top), n(hallWidth * scale), n(hallDepth * scale)));
        plan.booths().forEach(booth -> booth(svg, booth, scale));
        double metres = scale >= 20 ? 5 : scale >= 8 ? 10 : 20;
        double bar = top + hallDepth * scale + 14;
        svg.append(format("""
                </g>
                <g stroke="#333" stroke-width="2"><line x1="%s" y1="%s" x2="%s" y2="%s"/></g>\
                <text x="%s" y="%s" font-size="12" fill="#333">%d m</text>
                </svg>
                """, n(MARGIN), n(bar), n(MARGIN + metres * scale), n(bar), n(MARGIN + metres * scale + 8), n(bar + 4), (int) metres));
        return svg.toString();
    }

    private static void booth(StringBuilder svg, BoothView booth, double scale) {
        Look look = Look.valueOf(booth.status());
        double x = booth.x().doubleValue() * scale;
        double y = booth.y().doubleValue() * scale;
        double w = booth.width().doubleValue() * scale;
        double h = booth.depth().doubleValue() * scale;
        String tooltip = booth.code() + " · " + booth.type().toLowerCase(Locale.ROOT) + " · " + metres(booth.areaM2()) + " m² · "
                + look.label() + (booth.exhibitorName() == null ? "" : " · " + booth.exhibitorName());
        double codeSize = clamp(Math.min(w / (booth.code().length() * 0.62 + 0.6), h * 0.3), 5, 13);
        svg.append(format("""
                <g class="booth %s"><title>%s</title>\
                <rect x="%s" y="%s" width="%s" height="%s" fill="%s" stroke="%s" stroke-width="1"/>\
                <text x="%s" y="%s" text-anchor="middle" font-size="%s" font-weight="bold" fill="#222">%s</text>""",
                look.label(), escapeXml10(tooltip), n(x), n(y), n(w), n(h), look.fill, look.stroke,
                n(x + w / 2), n(y + codeSize + 2), n(codeSize), escapeXml10(booth.code())));
        if (booth.exhibitorName() != null && h > codeSize * 2.4) {
            double nameSize = clamp(codeSize * 0.9, 5, 12);
            int fits = Math.max(3, (int) (w / (nameSize * 0.58)));
            String name = booth.exhibitorName();
            String shown = name.codePointCount(0, name.length()) > fits
                    ? name.substring(0, name.offsetByCodePoints(0, fits - 1)) + "…" : name;
            svg.append(format("<text x=\"%s\" y=\"%s\" text-anchor=\"middle\" font-size=\"%s\" fill=\"#1b2a3a\">%s</text>",
                    n(x + w / 2), n(y + h / 2 + nameSize * 0.8), n(nameSize), escapeXml10(shown)));
        }
        svg.append("</g>\n");
    }

    private static String format(String template, Object... values) {
        return String.format(Locale.ROOT, template, values);
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
