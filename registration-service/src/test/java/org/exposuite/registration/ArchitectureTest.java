package org.exposuite.registration;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.exposuite.testfixtures.ScheduledJobs;

/** The arrows point one way: rest → service → domain; everyone may use api/ and the platform, nobody another service. */
@AnalyzeClasses(packages = "org.exposuite.registration", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule serviceAndDomainNeverUseRest = noClasses()
            .that().resideInAnyPackage("..service..", "..domain..")
            .should().dependOnClassesThat().resideInAPackage("..rest..");

    @ArchTest
    static final ArchRule domainNeverUsesService = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAPackage("..service..");

    @ArchTest
    static final ArchRule apiRecordsNeverUseRestOrService = noClasses()
            .that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAnyPackage("..rest..", "..service..");

    @ArchTest
    static final ArchRule neverUsesAnotherServicesCode = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.exposuite.exhibitor..", "org.exposuite.pavilion..");

    @ArchTest
    static final ArchRule scheduledJobsStopWithTheApplication = ScheduledJobs.STOP_WITH_THE_APPLICATION;
}
