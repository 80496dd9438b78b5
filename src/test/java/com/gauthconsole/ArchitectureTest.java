package com.gauthconsole;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The design's one-way dependencies between features, checked on every build. */
@AnalyzeClasses(packages = "com.gauthconsole", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FEATURES_ABOVE_GAUTH = {
        "com.gauthconsole.run..",
        "com.gauthconsole.bulk..",
        "com.gauthconsole.web..",
        "com.gauthconsole.audit..",
        "com.gauthconsole.targets..",
        "com.gauthconsole.user..",
        "com.gauthconsole.security..",
        "com.gauthconsole.sim.."
    };

    @ArchTest
    static final ArchRule gauthKnowsNothingOfRunsPagesOrAudit = noClasses()
            .that()
            .resideInAPackage("com.gauthconsole.gauth..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FEATURES_ABOVE_GAUTH);

    @ArchTest
    static final ArchRule secretsDependOnNoFeature = noClasses()
            .that()
            .resideInAPackage("com.gauthconsole.secret..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.gauthconsole.gauth..",
                    "com.gauthconsole.run..",
                    "com.gauthconsole.bulk..",
                    "com.gauthconsole.web..",
                    "com.gauthconsole.audit..",
                    "com.gauthconsole.sim..");

    /** What the audit records, the others publish as events; none of them calls the audit. */
    @ArchTest
    static final ArchRule onlyTheAuditKnowsTheAudit = noClasses()
            .that()
            .resideOutsideOfPackage("com.gauthconsole.audit..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.gauthconsole.audit..");

    /** The simulator stands in for a foreign service: it must not borrow the console's view of GAuth. */
    @ArchTest
    static final ArchRule simulatorIsIndependentOfTheConsole = noClasses()
            .that()
            .resideInAPackage("com.gauthconsole.sim..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.gauthconsole.gauth..",
                    "com.gauthconsole.run..",
                    "com.gauthconsole.bulk..",
                    "com.gauthconsole.web..",
                    "com.gauthconsole.audit..",
                    "com.gauthconsole.secret..");

    @ArchTest
    static final ArchRule featuresHaveNoCycles =
            slices().matching("com.gauthconsole.(*)..").should().beFreeOfCycles();
}
