package org.exposuite.pavilion;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.exposuite.testfixtures.ScheduledJobs;

/** Arrows point one way: rest → service → domain; everyone may use api/ and the platform, nobody another service. */
@AnalyzeClasses(packages = "org.exposuite.pavilion", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule servicesAndDomainNeverUseTheRestLayer = noClasses()
            .that().resideInAnyPackage("org.exposuite.pavilion.service..", "org.exposuite.pavilion.domain..")
            .should().dependOnClassesThat().resideInAPackage("org.exposuite.pavilion.rest..");

    @ArchTest
    static final ArchRule domainNeverUsesTheServices = noClasses()
            .that().resideInAPackage("org.exposuite.pavilion.domain..")
            .should().dependOnClassesThat().resideInAPackage("org.exposuite.pavilion.service..");

    @ArchTest
    static final ArchRule pavilionNeverUsesAnotherServicesCode = noClasses()
            .that().resideInAPackage("org.exposuite.pavilion..")
            .should().dependOnClassesThat().resideInAnyPackage("org.exposuite.registration..", "org.exposuite.exhibitor..");

    @ArchTest
    static final ArchRule scheduledJobsStopWithTheApplication = ScheduledJobs.STOP_WITH_THE_APPLICATION;
}
