package org.exposuite.platform;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.exposuite.testfixtures.ScheduledJobs;

/** The platform's own jobs (webhook dispatch and purge, idempotency key purge, business figures) stop with the application. */
@AnalyzeClasses(packages = "org.exposuite.platform", importOptions = ImportOption.DoNotIncludeTests.class)
class ScheduledJobsTest {

    @ArchTest
    static final ArchRule scheduledJobsStopWithTheApplication = ScheduledJobs.STOP_WITH_THE_APPLICATION;
}
