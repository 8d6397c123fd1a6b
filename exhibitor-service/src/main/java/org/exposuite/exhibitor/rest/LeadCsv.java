package org.exposuite.exhibitor.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import org.exposuite.exhibitor.service.LeadService.ExportRow;
import org.exposuite.platform.csv.CsvWriter;

/** An exhibitor's own leads: one row per visitor scanned, contact details only where the visitor agreed to share them. */
final class LeadCsv implements AutoCloseable {

    static final String HEADER = "registration_id,category,first_scanned_at,last_scanned_at,scans,rating,notes,"
            + "contact_pending,family_name,given_name,latin_name,email,phone,organization,job_title,country";

    private final CsvWriter csv;

    LeadCsv(OutputStream output, ZoneId zone) throws IOException {
        this.csv = new CsvWriter(output, zone, HEADER);
    }

    void write(ExportRow row) throws IOException {
        csv.row(row.registrationId(), row.category(), csv.local(row.firstScannedAt()), csv.local(row.lastScannedAt()),
                Integer.toString(row.scanCount()), row.rating() == null ? null : row.rating().toString(), row.notes(),
                Boolean.toString(row.contactPending()), row.familyName(), row.givenName(), row.latinName(), row.email(),
                row.phone(), row.organization(), row.jobTitle(), row.country());
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
