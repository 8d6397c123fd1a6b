package org.exposuite.platform.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Writes CSV that spreadsheet programs open correctly: UTF-8 with a byte order mark (Excel reads Chinese names right
 * only then), CRLF line ends and RFC 4180 quoting; a cell that would start a formula is defused with a leading
 * apostrophe. Rows are written as they come, so an export streams.
 */
public final class CsvWriter implements AutoCloseable {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    // Local time of the expo, in a form spreadsheets read as a date and time.
    private static final DateTimeFormatter LOCAL_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Writer writer;
    private final ZoneId zone;

    /** Starts the file: byte order mark and the header line (comma-separated column names). */
    public CsvWriter(OutputStream output, ZoneId zone, String header) throws IOException {
        this.zone = zone;
        output.write(BYTE_ORDER_MARK);
        this.writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
        writer.write(header);
        writer.write("\r\n");
    }

    public void row(String... cells) throws IOException {
        writer.write(Arrays.stream(cells).map(CsvWriter::cell).collect(Collectors.joining(",", "", "\r\n")));
    }

    /** Sends what was written so far on to the client, e.g. at the end of a page of an export. */
    public void flush() throws IOException {
        writer.flush();
    }

    /** A moment as the expo's local date and time, or null. */
    public String local(OffsetDateTime time) {
        return time == null ? null : LOCAL_TIMESTAMP.format(time.atZoneSameInstant(zone));
    }

    public static String cell(String value) {
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
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    @Override
    public void close() throws IOException {
        writer.flush();
    }
}
