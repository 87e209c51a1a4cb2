package org.charterconsole.telephony;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.asteriskjava.manager.ManagerEventListener;
import org.asteriskjava.manager.event.AbstractAgentEvent;
import org.asteriskjava.manager.event.AgentCalledEvent;
import org.asteriskjava.manager.event.AgentCompleteEvent;
import org.asteriskjava.manager.event.AgentConnectEvent;
import org.asteriskjava.manager.event.AgentRingNoAnswerEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.QueueCallerAbandonEvent;
import org.asteriskjava.manager.event.QueueCallerJoinEvent;
import org.asteriskjava.manager.event.QueueCallerLeaveEvent;
import org.asteriskjava.manager.event.QueueMemberAddedEvent;
import org.asteriskjava.manager.event.QueueMemberPauseEvent;
import org.asteriskjava.manager.event.QueueMemberRemovedEvent;
import org.asteriskjava.manager.event.QueueMemberStatusEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.asteriskjava.manager.event.ShutdownEvent;
import org.asteriskjava.manager.event.VarSetEvent;
import org.charterconsole.pbx.PbxEvent;
import org.charterconsole.pbx.QueueMember;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Runs on asterisk-java's reader thread and does nothing but translate AMI events into
 * {@link PbxEvent}s and hand them on, through {@link QueueReentries}, which tells a caller stepping
 * out to hear the wait message from one who hung up ({@code VarSet QUEUESTATUS} is the only VarSet
 * read). Events it cannot use are counted and skipped; events of no interest to the console
 * (Newexten, other VarSets, ...) are ignored silently.
 */
class AmiEventTranslator implements ManagerEventListener {

    private final Clock clock;
    private final QueueReentries out;
    private final MalformedInput malformed;
    private final Counter received;

    AmiEventTranslator(Clock clock, QueueReentries out, MalformedInput malformed, MeterRegistry meters) {
        this.clock = clock;
        this.out = out;
        this.malformed = malformed;
        this.received = Counter.builder("console_ami_events_total")
                .description("AMI events received from the PBX")
                .register(meters);
    }

    long receivedCount() {
        return (long) received.count();
    }

    @Override
    public void onManagerEvent(ManagerEvent event) {
        if (event instanceof ResponseEvent response && response.getActionId() != null) {
            return; // a list item answering an action we sent; that action collects it
        }
        received.increment();
        try {
            if (event instanceof VarSetEvent e) {
                if (QueueReentries.QUEUE_STATUS.equals(e.getVariable())) {
                    out.queueStatus(required("Uniqueid", e.getUniqueId()), String.valueOf(e.getValue()), clock.instant());
                }
                return;
            }
            translate(event, clock.instant()).ifPresent(out::offer);
        } catch (MissingHeader e) {
            malformed.skip(event.getClass().getSimpleName() + " without " + e.getMessage(),
                    "header " + e.getMessage() + " missing or not readable");
        } catch (RuntimeException e) {
            malformed.skip(event.getClass().getSimpleName(), e.toString());
        }
    }

    Optional<PbxEvent> translate(ManagerEvent event, Instant at) {
        if (event instanceof QueueCallerJoinEvent e) {
            return Optional.of(new PbxEvent.CallerJoined(at, required("Queue", e.getQueue()),
                    required("Uniqueid", e.getUniqueId()), e.getChannel(), e.getCallerIdNum(), e.getCallerIdName(),
                    required("Position", e.getPosition()), orZero(e.getCount())));
        }
        if (event instanceof QueueCallerLeaveEvent e) {
            return Optional.of(new PbxEvent.CallerLeft(at, required("Queue", e.getQueue()),
                    required("Uniqueid", e.getUniqueId()), orZero(e.getPosition()), orZero(e.getCount())));
        }
        if (event instanceof QueueCallerAbandonEvent e) {
            return Optional.of(new PbxEvent.CallerAbandoned(at,
                    required("Queue", e.getQueue()), required("Uniqueid", e.getUniqueId()),
                    orZero(e.getPosition()), orZero(e.getOriginalPosition()), orZero(e.getHoldTime())));
        }
        if (event instanceof AgentCalledEvent e) {
            return Optional.of(new PbxEvent.AgentCalled(at, required("Queue", e.getQueue()),
                    required("Uniqueid", e.getUniqueId()), required("Interface", agentCalledInterface(e)),
                    e.getMemberName()));
        }
        if (event instanceof AgentConnectEvent e) {
            return Optional.of(new PbxEvent.AgentConnected(at, agentQueue(e),
                    required("Uniqueid", e.getUniqueId()), required("Interface", e.getInterface()), e.getMemberName(),
                    orZero(e.getHoldTime()), orZero(e.getRingtime())));
        }
        if (event instanceof AgentCompleteEvent e) {
            return Optional.of(new PbxEvent.AgentCompleted(at, agentQueue(e),
                    required("Uniqueid", e.getUniqueId()), required("Interface", e.getInterface()), e.getMemberName(),
                    orZero(e.getHoldTime()), orZero(e.getTalkTime()), e.getReason()));
        }
        if (event instanceof AgentRingNoAnswerEvent e) {
            return Optional.of(new PbxEvent.AgentRingNoAnswer(at, agentQueue(e),
                    required("Uniqueid", e.getUniqueId()), required("Interface", e.getInterface()), e.getMemberName(),
                    orZero(e.getRingtime())));
        }
        if (event instanceof QueueMemberStatusEvent e) {
            return Optional.of(new PbxEvent.MemberUpdated(at, QueueMembers.of(e)));
        }
        if (event instanceof QueueMemberAddedEvent e) {
            return Optional.of(new PbxEvent.MemberUpdated(at, member(e)));
        }
        if (event instanceof QueueMemberPauseEvent e) {
            return Optional.of(new PbxEvent.MemberUpdated(at, member(e)));
        }
        if (event instanceof QueueMemberRemovedEvent e) {
            return Optional.of(new PbxEvent.MemberRemoved(at,
                    required("Queue", e.getQueue()), required("Interface", e.getInterface())));
        }
        if (event instanceof CallbackRequestedEvent e) {
            return Optional.of(new PbxEvent.CallbackRequested(at,
                    required("Uniqueid", e.getUniqueId()), required("Queue", firstValue(e.getQueue())), firstValue(e.getCallerIdNum())));
        }
        if (event instanceof OutOfHoursEmergencyEvent e) {
            return Optional.of(new PbxEvent.OutOfHoursEmergency(at,
                    required("Uniqueid", e.getUniqueId()), required("Category", firstValue(e.getCategory())),
                    firstValue(e.getCallerIdNum())));
        }
        if (event instanceof ShutdownEvent e) {
            return Optional.of(new PbxEvent.PbxShutdown(at, Boolean.TRUE.equals(e.getRestart())));
        }
        return Optional.empty();
    }

    private static String agentCalledInterface(AgentCalledEvent e) {
        return e.getInterface() != null ? e.getInterface() : e.getAgentCalled();
    }

    private static String agentQueue(AbstractAgentEvent e) {
        return required("Queue", e.getQueue());
    }

    private QueueMember member(QueueMemberAddedEvent e) {
        return new QueueMember(required("Queue", e.getQueue()), required("Interface", e.getInterface()),
                e.getMemberName(), "dynamic".equalsIgnoreCase(e.getMembership()), Boolean.TRUE.equals(e.getPaused()),
                blankToNull(e.getPausedReason()), orZero(e.getStatus()), "1".equals(e.getInCall()),
                orZero(e.getCallsTaken()));
    }

    private QueueMember member(QueueMemberPauseEvent e) {
        String reason = e.getPausedreason() != null ? e.getPausedreason() : e.getReason();
        return new QueueMember(required("Queue", e.getQueue()), required("Interface", e.getInterface()),
                e.getMemberName(), "dynamic".equalsIgnoreCase(e.getMembership()), Boolean.TRUE.equals(e.getPaused()),
                blankToNull(reason), orZero(e.getStatus()), Integer.valueOf(1).equals(e.getIncall()),
                orZero(e.getCallsTaken()));
    }

    static <T> T required(String header, T value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw new MissingHeader(header);
        }
        return value;
    }

    /**
     * A user event repeats {@code CallerIDNum} (channel field, then the dialplan's own); asterisk-java
     * then hands over both values joined by line breaks.
     */
    static String firstValue(String value) {
        if (value == null) {
            return null;
        }
        String first = value.strip().lines().findFirst().orElse("");
        return first.isBlank() ? null : first.strip();
    }

    static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    static long orZero(Long value) {
        return value == null ? 0L : value;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** A header the console needs is absent or could not be parsed (asterisk-java leaves it null). */
    static final class MissingHeader extends RuntimeException {
        MissingHeader(String header) {
            super(header, null, false, false);
        }
    }
}
