package org.exposuite.exhibitor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.exposuite.testfixtures.ScheduledJobs;

/** The arrows point one way: rest → service → domain; nobody below rest imports it; no other service's code. */
@AnalyzeClasses(packages = "org.exposuite.exhibitor", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule nothingBelowTheResourcesImportsThem = noClasses()
            .that().resideInAnyPackage("..exhibitor.service..", "..exhibitor.domain..", "..exhibitor.api..",
                    "..exhibitor.client..", "..exhibitor.security..")
            .should().dependOnClassesThat().resideInAPackage("..exhibitor.rest..");

    @ArchTest
    static final ArchRule domainDoesNotUseServices = noClasses()
            .that().resideInAPackage("..exhibitor.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..exhibitor.service..", "..exhibitor.client..");

    @ArchTest
    static final ArchRule noOtherServicesCode = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.exposuite.registration..", "org.exposuite.pavilion..");

    @ArchTest
    static final ArchRule scheduledJobsStopWithTheApplication = ScheduledJobs.STOP_WITH_THE_APPLICATION;
}
