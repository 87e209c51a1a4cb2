package org.charterconsole.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import static com.tngtech.archunit.lang.conditions.ArchConditions.beAnnotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "org.charterconsole", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule only_the_telephony_adapter_knows_asterisk_java =
            noClasses().that().resideOutsideOfPackage("org.charterconsole.telephony..")
                    .should().dependOnClassesThat().resideInAPackage("org.asteriskjava..")
                    .because("the rest of the console speaks its own PBX events and records");

    @ArchTest
    static final ArchRule features_do_not_depend_on_each_other_in_cycles =
            slices().matching("org.charterconsole.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule views_call_services_never_repositories =
            noClasses().that().areAnnotatedWith(Route.class)
                    .should().dependOnClassesThat().areAssignableTo(Repository.class);

    @ArchTest
    static final ArchRule every_view_declares_who_may_enter =
            classes().that().areAnnotatedWith(Route.class)
                    .should(beAnnotatedWith(RolesAllowed.class)
                            .or(beAnnotatedWith(PermitAll.class))
                            .or(beAnnotatedWith(AnonymousAllowed.class))
                            .or(beAnnotatedWith(DenyAll.class)));

    @ArchTest
    static final ArchRule dependencies_are_injected_through_constructors =
            noFields().should().beAnnotatedWith(Autowired.class);

    @ArchTest
    static final ArchRule time_comes_from_the_injected_clock =
            noClasses().that().doNotHaveSimpleName("SimulatedClock")
                    .and().resideOutsideOfPackage("org.charterconsole.base.time..")
                    .should().callMethod(Instant.class, "now")
                    .orShould().callMethod(LocalDateTime.class, "now")
                    .orShould().callMethod(LocalDate.class, "now")
                    .orShould().callMethod(LocalTime.class, "now")
                    .orShould().callMethod(ZonedDateTime.class, "now")
                    .orShould().callMethod(OffsetDateTime.class, "now")
                    .orShould().callMethod(Clock.class, "systemUTC")
                    .orShould().callMethod(Clock.class, "systemDefaultZone")
                    .orShould().callMethod(System.class, "currentTimeMillis")
                    .because("wait times, targets and due dates follow the one Clock (simulated with the simulator)");

}
