package org.exposuite.exhibitor.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.exposuite.exhibitor.api.LeadContact;
import org.exposuite.exhibitor.api.LeadView;
import org.exposuite.platform.csv.CsvWriter;

/** An exhibitor's own leads: one row per visitor scanned, contact details only where the visitor agreed to share them. */
final class LeadCsv implements AutoCloseable {

    static final String HEADER = "registration_id,category,first_scanned_at,last_scanned_at,scans,rating,notes,"
            + "contact_pending,family_name,given_name,latin_name,email,phone,organization,job_title,country";

    // The empty cells of a visitor who shares no contact.
    private static final LeadContact NO_CONTACT = new LeadContact(null, null, null, null, null, null, null, null);

    private final CsvWriter csv;

    LeadCsv(OutputStream output, ZoneId zone) throws IOException {
        this.csv = new CsvWriter(output, zone, HEADER);
    }

    /** Writes a page of the export and sends it on before the next page is read. */
    void write(List<LeadView> page) throws IOException {
        for (LeadView lead : page) {
            write(lead);
        }
        csv.flush();
    }

    private void write(LeadView lead) throws IOException {
        LeadContact contact = lead.contact() == null ? NO_CONTACT : lead.contact();
        csv.row(lead.registrationId(), lead.category(), local(lead.firstScannedAt()), local(lead.lastScannedAt()),
                Integer.toString(lead.scanCount()), lead.rating() == null ? null : lead.rating().toString(), lead.notes(),
                Boolean.toString(lead.contactPending()), contact.familyName(), contact.givenName(), contact.latinName(),
                contact.email(), contact.phone(), contact.organization(), contact.jobTitle(), contact.country());
    }

    private String local(Instant time) {
        return csv.local(time.atOffset(ZoneOffset.UTC));
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
