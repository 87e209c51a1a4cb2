package org.charterconsole.telephony;

import org.asteriskjava.manager.event.QueueMemberEvent;
import org.charterconsole.pbx.QueueMember;

import static org.charterconsole.telephony.AmiEventTranslator.blankToNull;
import static org.charterconsole.telephony.AmiEventTranslator.orZero;
import static org.charterconsole.telephony.AmiEventTranslator.required;

/** QueueMember (QueueStatus list item) and QueueMemberStatus share one asterisk-java class. */
final class QueueMembers {

    private QueueMembers() {
    }

    static QueueMember of(QueueMemberEvent e) {
        String agentInterface = e.getInterface() != null ? e.getInterface() : e.getLocation();
        String name = e.getMemberName() != null ? e.getMemberName() : e.getName();
        return new QueueMember(required("Queue", e.getQueue()), required("Interface", agentInterface), name,
                e.isDynamic(), Boolean.TRUE.equals(e.getPaused()), blankToNull(e.getPausedreason()),
                orZero(e.getStatus()), Integer.valueOf(1).equals(e.getIncall()), orZero(e.getCallsTaken()));
    }
}
