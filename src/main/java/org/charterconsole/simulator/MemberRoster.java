package org.charterconsole.simulator;

import java.util.List;

/** Queue members added, removed and paused over AMI (QueueAdd, QueueRemove, QueuePause), with app_queue's events. */
final class MemberRoster {

    private final QueueFloor floor;

    MemberRoster(QueueFloor floor) {
        this.floor = floor;
    }

    /** Null when added, else app_queue's error message. */
    String add(String queueName, String agentInterface, String name, boolean paused) {
        SimQueue queue = floor.queue(queueName).orElse(null);
        if (queue == null) {
            return "Unable to add interface to queue: No such queue";
        }
        if (queue.members.containsKey(agentInterface)) {
            return "Unable to add interface: Already there";
        }
        SimMember member = new SimMember(queueName, agentInterface, name == null || name.isBlank() ? agentInterface : name,
                floor.now().getEpochSecond());
        member.paused = paused;
        queue.members.put(agentInterface, member);
        SimDevice device = floor.deviceOrNew(agentInterface);
        floor.emit(AmiEvents.member("QueueMemberAdded", member, device));
        return null;
    }

    /** Null when removed, else app_queue's error message. */
    String remove(String queueName, String agentInterface) {
        SimQueue queue = floor.queue(queueName).orElse(null);
        if (queue == null) {
            return "Unable to remove interface from queue: No such queue";
        }
        SimMember member = queue.members.remove(agentInterface);
        if (member == null) {
            return "Unable to remove interface: Not there";
        }
        floor.emit(AmiEvents.member("QueueMemberRemoved", member, floor.device(agentInterface).orElse(null)));
        return null;
    }

    /** Pauses in one queue, or in all the interface's queues when {@code queueName} is empty. */
    boolean pause(String queueName, String agentInterface, boolean paused, String reason) {
        List<SimMember> targets = floor.membershipsOf(agentInterface).stream()
                .filter(member -> queueName == null || queueName.isBlank() || member.queue.equals(queueName))
                .toList();
        for (SimMember member : targets) {
            member.paused = paused;
            member.pausedReason = paused && reason != null ? reason : "";
            if (paused) {
                member.lastPause = floor.now().getEpochSecond();
            }
            floor.emit(AmiEvents.member("QueueMemberPause", member, floor.device(agentInterface).orElse(null)));
        }
        return !targets.isEmpty();
    }
}
