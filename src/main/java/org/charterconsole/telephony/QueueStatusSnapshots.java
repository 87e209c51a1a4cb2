package org.charterconsole.telephony;

import org.asteriskjava.manager.event.QueueEntryEvent;
import org.asteriskjava.manager.event.QueueMemberEvent;
import org.asteriskjava.manager.event.QueueParamsEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.charterconsole.pbx.PbxEvent;
import org.charterconsole.pbx.QueueMember;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.charterconsole.telephony.AmiEventTranslator.orZero;
import static org.charterconsole.telephony.AmiEventTranslator.required;

/**
 * Folds the list items of one QueueStatus answer (QueueParams, QueueMember, QueueEntry) into a
 * {@link PbxEvent.QueueStatusSnapshot}. QueueEntry's {@code Priority} is QUEUE_PRIO, the only
 * place AMI reports it.
 */
final class QueueStatusSnapshots {

    private QueueStatusSnapshots() {
    }

    static PbxEvent.QueueStatusSnapshot fold(Instant askedAt, Instant at, Collection<? extends ResponseEvent> items,
                                             MalformedInput malformed) {
        Map<String, Builder> queues = new LinkedHashMap<>();
        for (ResponseEvent item : items) {
            try {
                if (item instanceof QueueParamsEvent p) {
                    queues.computeIfAbsent(required("Queue", p.getQueue()), Builder::new).params = p;
                } else if (item instanceof QueueMemberEvent m) {
                    QueueMember member = QueueMembers.of(m);
                    queues.computeIfAbsent(member.queue(), Builder::new).members.add(member);
                } else if (item instanceof QueueEntryEvent e) {
                    PbxEvent.QueueEntry entry = entry(e);
                    queues.computeIfAbsent(entry.queue(), Builder::new).entries.add(entry);
                }
            } catch (AmiEventTranslator.MissingHeader e) {
                malformed.skip(item.getClass().getSimpleName() + " without " + e.getMessage(),
                        "QueueStatus item without header " + e.getMessage());
            }
        }
        return new PbxEvent.QueueStatusSnapshot(askedAt, at, queues.values().stream().map(Builder::build).toList());
    }

    private static PbxEvent.QueueEntry entry(QueueEntryEvent e) {
        return new PbxEvent.QueueEntry(required("Queue", e.getQueue()), required("Uniqueid", e.getUniqueId()),
                e.getChannel(), e.getCallerIdNum(), e.getCallerIdName(), required("Position", e.getPosition()),
                orZero(e.getWait()), orZero(e.getPriority()));
    }

    private static final class Builder {
        private final String queue;
        private QueueParamsEvent params;
        private final List<QueueMember> members = new ArrayList<>();
        private final List<PbxEvent.QueueEntry> entries = new ArrayList<>();

        Builder(String queue) {
            this.queue = queue;
        }

        PbxEvent.QueueStatus build() {
            if (params == null) {
                return new PbxEvent.QueueStatus(queue, 0, 0, 0, 0, 0, members, entries);
            }
            return new PbxEvent.QueueStatus(queue, orZero(params.getWeight()), orZero(params.getHoldTime()),
                    orZero(params.getTalkTime()), orZero(params.getCompleted()), orZero(params.getAbandoned()),
                    members, entries);
        }
    }
}
