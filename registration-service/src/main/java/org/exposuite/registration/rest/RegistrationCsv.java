package org.exposuite.registration.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;
import org.exposuite.platform.csv.CsvWriter;
import org.exposuite.registration.service.RegistrationAdministration.ExportRow;

/** The organizers' registration export: one row per registration, in a CSV that opens in Excel with Chinese names intact. */
final class RegistrationCsv implements AutoCloseable {

    static final String HEADER = "confirmation_code,status,category,days,family_name,given_name,latin_name,email,phone,"
            + "organization,job_title,country,interests,share_contact_with_exhibitors,registered_at";

    private final CsvWriter csv;

    RegistrationCsv(OutputStream output, ZoneId zone) throws IOException {
        this.csv = new CsvWriter(output, zone, HEADER);
    }

    /** Writes a page of the export and sends it on before the next page is read. */
    void write(List<ExportRow> page) throws IOException {
        for (ExportRow row : page) {
            write(row);
        }
        csv.flush();
    }

    private void write(ExportRow row) throws IOException {
        csv.row(row.confirmationCode(), row.status(), row.category(), row.days(), row.familyName(), row.givenName(),
                row.latinName(), row.email(), row.phone(), row.organization(), row.jobTitle(), row.country(), row.interests(),
                Boolean.toString(row.shareContactWithExhibitors()), csv.local(row.registeredAt()));
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
