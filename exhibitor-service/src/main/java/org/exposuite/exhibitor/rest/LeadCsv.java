package org.exposuite.exhibitor.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.exposuite.exhibitor.service.LeadService.ExportRow;

/**
 * Writes leads as CSV that spreadsheet programs open correctly: UTF-8 with a byte order mark (Excel reads
 * Chinese names right only then), CRLF line ends and RFC 4180 quoting; a cell that would start a formula is
 * defused with a leading apostrophe.
 */
final class LeadCsv implements AutoCloseable {

    static final String HEADER = "registration_id,category,first_scanned_at,last_scanned_at,scans,rating,notes,"
            + "contact_pending,family_name,given_name,latin_name,email,phone,organization,job_title,country";
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    // Local time of the expo, in a form spreadsheets read as a date and time.
    private static final DateTimeFormatter LOCAL_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Writer writer;
    private final ZoneId zone;

    LeadCsv(OutputStream output, ZoneId zone) throws IOException {
        this.zone = zone;
        output.write(BYTE_ORDER_MARK);
        this.writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
        writer.write(HEADER);
        writer.write("\r\n");
    }

    void write(ExportRow row) throws IOException {
        String[] cells = {row.registrationId(), row.category(), local(row.firstScannedAt()), local(row.lastScannedAt()),
                Integer.toString(row.scanCount()), row.rating() == null ? null : row.rating().toString(), row.notes(),
                Boolean.toString(row.contactPending()), row.familyName(), row.givenName(), row.latinName(), row.email(),
                row.phone(), row.organization(), row.jobTitle(), row.country()};
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(cell(cells[i]));
        }
        writer.write("\r\n");
    }

    private String local(OffsetDateTime time) {
        return time == null ? null : LOCAL_TIMESTAMP.format(time.atZoneSameInstant(zone));
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = startsFormula(value) ? "'" + value : value;
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    // OWASP CSV injection: these first characters make a spreadsheet evaluate the cell.
    private static boolean startsFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    @Override
    public void close() throws IOException {
        writer.flush();
    }
}
