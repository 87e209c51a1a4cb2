package org.charterconsole.telephony;

import org.charterconsole.catalogue.Service;
import org.charterconsole.queue.PriorityClass;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Asterisk configuration in {@code telephony/} fits the console. Each check is shown to catch a
 * deliberately broken copy of the real files. {@link TelephonyPackIT} checks against the catalogue
 * in the database.
 */
class TelephonyPackTest {

    /** The seeded catalogue (V2, V4 migrations); TelephonyPackIT reads the real one. */
    static final List<Service> CATALOGUE = List.of(
            service("elas", PriorityClass.PRIORITY), service("household-support", PriorityClass.PRIORITY),
            service("adult-social-care", PriorityClass.PRIORITY), service("childrens-social-care", PriorityClass.PRIORITY),
            service("council-tax", PriorityClass.STANDARD), service("business-rates", PriorityClass.STANDARD),
            service("benefits", PriorityClass.STANDARD), service("waste", PriorityClass.STANDARD),
            service("taxi-licensing", PriorityClass.STANDARD), service("housing", PriorityClass.STANDARD),
            service("highways", PriorityClass.STANDARD), service("general-enquiries", PriorityClass.STANDARD));

    private static final String EXTENSIONS = TelephonyPack.read("extensions.conf");
    private static final String QUEUES = TelephonyPack.read("queues.conf");
    private static final String MUSIC = TelephonyPack.read("musiconhold.conf");
    private static final String MANAGER = TelephonyPack.read("manager.conf");

    private static Service service(String queue, PriorityClass priorityClass) {
        boolean priority = priorityClass == PriorityClass.PRIORITY;
        return new Service(queue, queue, queue, priorityClass, priority ? 120 : 300, priority ? 90 : 80,
                priority ? 10 : 0, priority ? 10 : 0, true);
    }

    private static TelephonyPack withExtensions(String from, String to) {
        assertThat(EXTENSIONS).as("the snippet to break").contains(from);
        return TelephonyPack.of(EXTENSIONS.replace(from, to), QUEUES, MUSIC);
    }

    private static TelephonyPack withQueues(String from, String to) {
        assertThat(QUEUES).as("the snippet to break").contains(from);
        return TelephonyPack.of(EXTENSIONS, QUEUES.replace(from, to), MUSIC);
    }

    private static List<String> managerProblemsWith(String from, String to) {
        assertThat(MANAGER).as("the snippet to break").contains(from);
        return ConsoleContracts.managerProblems(AsteriskConfig.parse(MANAGER.replace(from, to)));
    }


    @Test
    void everyContextExtensionAndLabelTheDialplanSendsACallToExists() {
        assertThat(TelephonyPack.load().missingDestinations()).isEmpty();
    }

    @Test
    void aGotoToAMissingContextIsCaught() {
        assertThat(withExtensions("Goto(council-menu-support,s,1)", "Goto(council-menu-suport,s,1)")
                .missingDestinations()).anyMatch(p -> p.contains("no context [council-menu-suport]"));
    }

    @Test
    void aGotoIfToAMissingLabelIsCaught() {
        assertThat(withExtensions("?council-closed,s,prompt)", "?council-closed,s,promt)").missingDestinations())
                .anyMatch(p -> p.contains("no label promt"));
    }

    @Test
    void aGosubToAMissingExtensionIsCaught() {
        assertThat(withExtensions("Gosub(council-wait-message,s,1(", "Gosub(council-wait-message,start,1(")
                .missingDestinations()).anyMatch(p -> p.contains("no extension start in [council-wait-message]"));
    }

    @Test
    void anIncludeOfAMissingContextIsCaught() {
        assertThat(withExtensions("[council-inbound]\n", "[council-inbound]\ninclude => council-extra\n")
                .missingDestinations()).anyMatch(p -> p.contains("includes missing context [council-extra]"));
    }

    @Test
    void aQueueWhoseExitContextIsMissingIsCaught() {
        assertThat(withQueues("context = council-queue-exit", "context = council-queue-exits").missingDestinations())
                .anyMatch(p -> p.contains("context = council-queue-exits"));
    }


    @Test
    void everyServiceHasItsQueueWithTheCataloguesWeightAndServiceLevel() {
        assertThat(TelephonyPack.load().queueProblems(CATALOGUE)).isEmpty();
    }

    @Test
    void aPriorityQueueWithoutItsWeightIsCaught() {
        assertThat(withQueues("weight = 10", "weight = 5").queueProblems(CATALOGUE))
                .contains("elas: weight = 5, the console expects 10");
    }

    @Test
    void aServiceLevelOtherThanTheClassTargetIsCaught() {
        assertThat(withQueues("servicelevel = 300", "servicelevel = 60").queueProblems(CATALOGUE))
                .contains("council-tax: servicelevel = 60, the console expects 300");
    }

    @Test
    void aServiceWithoutAQueueAndAQueueWithoutAServiceAreCaught() {
        assertThat(withQueues("[highways](standard-queue)", "[roads](standard-queue)").queueProblems(CATALOGUE))
                .contains("highways: no queue [highways] in queues.conf",
                        "queues.conf [roads] serves no service in the catalogue");
    }

    @Test
    void appQueuesOwnHoldTimeAnnouncementSwitchedOnIsCaught() {
        assertThat(withQueues("announce-holdtime = no", "announce-holdtime = yes").queueProblems(CATALOGUE))
                .contains("waste: announce-holdtime = yes, the console expects no");
    }

    @Test
    void aMusicClassMissingFromMusicOnHoldIsCaught() {
        assertThat(withQueues("musicclass = default", "musicclass = jazz").queueProblems(CATALOGUE))
                .contains("benefits: musicclass jazz is not in musiconhold.conf");
    }

    @Test
    void aServiceQueuedInAppQueuesGeneralSectionIsCaught() {
        List<Service> general = List.of(new Service("general", "General", "general", PriorityClass.STANDARD,
                300, 80, 0, 0, true));
        assertThat(TelephonyPack.load().queueProblems(general))
                .contains("general: [general] is app_queue's own section, not a queue");
    }


    @Test
    void everyServiceMenuSetsTheCataloguesCallerPriority() {
        assertThat(TelephonyPack.load().callerPriorityProblems(CATALOGUE)).isEmpty();
    }

    @Test
    void aPriorityServiceGivenTheStandardPriorityIsCaught() {
        assertThat(withExtensions("exten => elas,1,Set(QUEUE_PRIO=${CALLER_PRIORITY_PRIORITY})",
                "exten => elas,1,Set(QUEUE_PRIO=${CALLER_PRIORITY_STANDARD})").callerPriorityProblems(CATALOGUE))
                .contains("elas: QUEUE_PRIO 0, the catalogue's caller priority is 10");
    }

    @Test
    void aClassGlobalThatDriftsFromTheCatalogueIsCaught() {
        assertThat(withExtensions("CALLER_PRIORITY_PRIORITY = 10", "CALLER_PRIORITY_PRIORITY = 5")
                .callerPriorityProblems(CATALOGUE))
                .contains("elas: QUEUE_PRIO 5, the catalogue's caller priority is 10",
                        "[globals] CALLER_PRIORITY_PRIORITY = 5, the catalogue's priority services have caller priority 10");
    }

    @Test
    void aServiceWhoseCallerPriorityDeviatesFromItsClassNeedsItsOwnNumberInItsMenuEntry() {
        List<Service> housingFirst = CATALOGUE.stream().map(s -> !s.queueName().equals("housing") ? s
                : new Service(s.code(), s.name(), s.queueName(), s.priorityClass(), s.answerWithinSeconds(),
                        s.answeredTargetPercent(), s.weight(), 5, true)).toList();
        assertThat(TelephonyPack.load().callerPriorityProblems(housingFirst))
                .containsExactly("housing: QUEUE_PRIO 0, the catalogue's caller priority is 5");
        assertThat(withExtensions("exten => housing,1,Set(QUEUE_PRIO=${CALLER_PRIORITY_STANDARD})",
                "exten => housing,1,Set(QUEUE_PRIO=5)").callerPriorityProblems(housingFirst)).isEmpty();
    }

    @Test
    void aServiceWithoutAMenuEntryIsCaught() {
        assertThat(withExtensions(" same => n,Goto(council-queue,waste,1)", " same => n,Hangup()")
                .callerPriorityProblems(CATALOGUE))
                .contains("waste: no extension in [council-services] enters queue waste");
    }

    @Test
    void emergenciesAreCategorisedByAServicesQueue() {
        assertThat(TelephonyPack.load().emergencyCategoryProblems(CATALOGUE)).isEmpty();
        assertThat(withExtensions("Set(EMERGENCY_CATEGORY=elas)", "Set(EMERGENCY_CATEGORY=money)")
                .emergencyCategoryProblems(CATALOGUE)).singleElement().asString().contains("money");
    }


    @Test
    void everyKeyTheDialplanReadsIsOneTheConsoleWrites() {
        assertThat(TelephonyPack.load().astDbProblems()).isEmpty();
    }

    @Test
    void aKeyTheConsoleNeverWritesIsCaught() {
        assertThat(withExtensions("${DB(console/open)}", "${DB(console/closed)}").astDbProblems())
                .singleElement().asString().contains("reads DB(console/closed)");
    }

    @Test
    void anEstimatedWaitKeyOutsideTheConsolesLayoutIsCaught() {
        assertThat(withExtensions("${DB(console/ewt/${EXTEN})}", "${DB(console/wait/${EXTEN})}").astDbProblems())
                .singleElement().asString().contains("console/wait/${EXTEN}");
        assertThat(withExtensions("${DB(console/ewt-caller/${UNIQUEID})}", "${DB(console/ewt-callers/${UNIQUEID})}")
                .astDbProblems()).singleElement().asString().contains("console/ewt-callers/${UNIQUEID}");
    }


    @Test
    void aWaitingCallerHearsTheirOwnEstimateEveryFewMinutesAndGoesBackToTheirPlace() {
        assertThat(TelephonyPack.load().reentryProblems()).isEmpty();
    }

    @Test
    void aReentryWithoutThePositionOrWithItInThePreAsterisk21MacroPlaceIsCaught() {
        assertThat(withExtensions(",,,,${COUNCIL_PLACE})", ")").reentryProblems())
                .singleElement().asString().contains("position (9th and last argument)");
        assertThat(withExtensions(",,,,${COUNCIL_PLACE})", ",,,,,${COUNCIL_PLACE})").reentryProblems())
                .singleElement().asString().contains("position (9th and last argument)");
    }

    @Test
    void aQueueWithoutTheTimeoutOrTheTransferOptionIsCaught() {
        assertThat(withExtensions("Queue(${EXTEN},t,,,${WAIT_MESSAGE_SECONDS},", "Queue(${EXTEN},t,,,300,")
                .reentryProblems()).singleElement().asString().contains("timeout (5th argument)");
        assertThat(withExtensions("Queue(${EXTEN},t,", "Queue(${EXTEN},,").reentryProblems())
                .singleElement().asString().contains("without option t");
    }

    @Test
    void aWaitMessageEveryFewSecondsIsCaught() {
        assertThat(withExtensions("WAIT_MESSAGE_SECONDS = 180", "WAIT_MESSAGE_SECONDS = 20").reentryProblems())
                .singleElement().asString().contains("at least 60");
    }

    @Test
    void aTimeoutLeftToTheNobodyCanAnswerBranchIsCaught() {
        assertThat(withExtensions("exten => TIMEOUT,1,", "exten => TIMEOUTS,1,").reentryProblems())
                .singleElement().asString().contains("has no TIMEOUT extension");
    }

    @Test
    void aTimeoutThatLosesThePlaceOrSpeaksTheNewcomersEstimateOrDoesNotGoBackIsCaught() {
        assertThat(withExtensions("Set(COUNCIL_PLACE=${QUEUEPOSITION})", "Set(COUNCIL_PLACE=)").reentryProblems())
                .singleElement().asString().contains("does not keep the caller's place");
        assertThat(withExtensions("${DB(console/ewt-caller/${UNIQUEID})}", "${DB(console/ewt/${COUNCIL_QUEUE})}")
                .reentryProblems()).singleElement().asString().contains("must speak the caller's own estimate");
        assertThat(withExtensions("Goto(council-queue,${COUNCIL_QUEUE},wait)", "Goto(council-queue,${COUNCIL_QUEUE},1)")
                .reentryProblems()).singleElement().asString().contains("does not go back to the Queue() step");
    }

    @Test
    void theDialplanWritingAConsoleKeyIsCaught() {
        assertThat(withExtensions(" same => n,Answer()", " same => n,Set(DB(console/busy)=1)").astDbProblems())
                .singleElement().asString().contains("only the console writes console/*");
    }


    @Test
    void theDialplanRaisesBothUserEventsWithExactlyTheHeadersTheConsoleReads() {
        assertThat(ConsoleContracts.userEventProblems(TelephonyPack.load().dialplan())).isEmpty();
    }

    @Test
    void aHeaderTheConsoleDoesNotReadIsCaught() {
        assertThat(ConsoleContracts.userEventProblems(withExtensions("Queue: ${COUNCIL_QUEUE}",
                "Service: ${COUNCIL_QUEUE}").dialplan()))
                .anyMatch(p -> p.contains("header Service is not read"))
                .anyMatch(p -> p.contains("CallbackRequested lacks header queue"));
    }

    @Test
    void aUniqueidRepeatedInTheBodyIsCaught() {
        assertThat(ConsoleContracts.userEventProblems(withExtensions("Category: ${EMERGENCY_CATEGORY},",
                "Category: ${EMERGENCY_CATEGORY},Uniqueid: ${UNIQUEID},").dialplan()))
                .singleElement().asString().contains("arrives twice");
    }

    @Test
    void anEventTheConsoleDoesNotRegisterOrNeverGetsIsCaught() {
        assertThat(ConsoleContracts.userEventProblems(withExtensions("UserEvent(OutOfHoursEmergency,",
                "UserEvent(Emergency,").dialplan()))
                .anyMatch(p -> p.contains("UserEvent Emergency is not registered"))
                .anyMatch(p -> p.contains("never raises"));
    }


    @Test
    void theSampleGrantsExactlyWhatTheConsoleNeedsOnLoopbackWithAPlaceholderSecret() {
        assertThat(ConsoleContracts.managerProblems(AsteriskConfig.parse(MANAGER))).isEmpty();
    }

    @Test
    void writePermissionBeyondWhatTheConsoleSendsIsCaught() {
        assertThat(managerProblemsWith("write = agent,system,originate", "write = agent,system,originate,command"))
                .singleElement().asString().contains("the console needs exactly agent,originate,system");
    }

    @Test
    void anAmiListeningBeyondLoopbackIsCaught() {
        assertThat(managerProblemsWith("bindaddr = 127.0.0.1", "bindaddr = 0.0.0.0")).hasSize(1);
        assertThat(managerProblemsWith("permit = 127.0.0.1/255.255.255.255", "permit = 10.0.0.0/255.0.0.0"))
                .singleElement().asString().contains("loopback only");
    }

    @Test
    void aRealLookingSecretIsCaught() {
        assertThat(managerProblemsWith("secret = REPLACE-WITH-A-LONG-RANDOM-SECRET", "secret = s3cret"))
                .singleElement().asString().contains("placeholder");
    }

    @Test
    void anEventTheConsoleReadsBeingFilteredOutIsCaught() {
        assertThat(managerProblemsWith("eventfilter(action(include),name(AgentRingNoAnswer)) =\n", ""))
                .singleElement().asString().contains("the console reads");
        assertThat(managerProblemsWith("(CallbackRequested|OutOfHoursEmergency)", "(CallbackRequested)"))
                .singleElement().asString().contains("drops OutOfHoursEmergency");
    }

    @Test
    void theQueueStatusTheConsoleReadsMustPassTheFilterAndNoOtherVariable() {
        String filter = "eventfilter(action(include),name(VarSet),header(Variable),method(exact)) = QUEUESTATUS\n";
        assertThat(managerProblemsWith(filter, "")).singleElement().asString().contains("the console reads");
        assertThat(managerProblemsWith(filter, "eventfilter(action(include),name(VarSet)) =\n"))
                .singleElement().asString().contains("the VarSet filter must pass only");
        assertThat(managerProblemsWith("method(exact)) = QUEUESTATUS", "method(regex)) = QUEUE.*"))
                .singleElement().asString().contains("the VarSet filter must pass only");
        assertThat(managerProblemsWith("read = agent,user,system,dialplan", "read = agent,user,system"))
                .singleElement().asString().contains("the console needs exactly agent,dialplan,system,user");
    }

    @Test
    void theDialplanHasBalancedBracketsAndEveryExtensionStartsAtPriorityOne() {
        assertThat(DialplanHygiene.syntaxProblems(EXTENSIONS)).isEmpty();
    }

    @Test
    void anUnclosedVariableIsCaught() {
        String broken = EXTENSIONS.replace("Set(COUNCIL_QUEUE=${EXTEN})", "Set(COUNCIL_QUEUE=${EXTEN)");
        assertThat(DialplanHygiene.syntaxProblems(broken)).singleElement().asString().contains("unbalanced");
    }

    @Test
    void anExtensionThatDoesNotStartAtPriorityOneIsCaught() {
        String broken = EXTENSIONS.replace("exten => 7,1,Goto(council-services,taxi-licensing,1)",
                "exten => 7,2,Goto(council-services,taxi-licensing,1)");
        assertThat(broken).isNotEqualTo(EXTENSIONS);
        assertThat(DialplanHygiene.syntaxProblems(broken)).singleElement().asString()
                .contains("7@council-menu does not start at priority 1");
    }

    @Test
    void aLabelUsedTwiceInOneExtensionIsCaught() {
        String broken = EXTENSIONS.replace(" same => n(done),Return()", " same => n(ewt),Return()")
                .replace(" same => n,Playback(council/expected-wait)", " same => n(ewt),Playback(council/expected-wait)");
        assertThat(DialplanHygiene.syntaxProblems(broken)).singleElement().asString().contains("label ewt twice");
    }

    @Test
    void everyPromptPlayedIsInTheReadmesListToRecord() {
        String readme = TelephonyPack.read("README.md");
        assertThat(DialplanHygiene.unlistedPrompts(EXTENSIONS, QUEUES, readme)).isEmpty();
        assertThat(DialplanHygiene.unlistedPrompts(EXTENSIONS.replace("council/goodbye", "council/farewell"), QUEUES, readme))
                .containsExactly("council/farewell is played but not in telephony/README.md's list of prompts");
    }
}
