package org.charterconsole.simulator;

import java.time.Instant;

/**
 * Benchmark load: whole call lifecycles (join, ring, leave, connect, complete) written to the
 * sessions as fast as they take them, without touching the simulated state.
 */
final class EventPump {

    private static final String[] EVENTS_PER_CALL = {"QueueCallerJoin", "AgentCalled", "QueueCallerLeave",
        "AgentConnect", "AgentComplete"};

    private final AmiServer server;
    private long sequence;

    EventPump(AmiServer server) {
        this.server = server;
    }

    void pumpEvents(long count) throws InterruptedException {
        long sent = 0;
        while (sent < count) {
            SimCaller caller = nextCaller();
            SimDevice device = deviceFor(caller);
            SimMember member = new SimMember(caller.queue, device.agentInterface, "Benchmark Agent", 0);
            for (int i = 0; i < EVENTS_PER_CALL.length && sent < count; i++, sent++) {
                server.broadcastWaiting(event(i, caller, device, member));
            }
        }
    }

    void pumpCalls(long calls) throws InterruptedException {
        pumpEvents(calls * EVENTS_PER_CALL.length);
    }

    private SimCaller nextCaller() {
        long n = sequence++;
        String queue = CouncilCatalog.SERVICES.get((int) (n % CouncilCatalog.SERVICES.size())).queue();
        return new SimCaller("1900000000." + n, "PJSIP/benchmark-%08x".formatted(n), "07700900" + "%03d".formatted(n % 1000),
                "Benchmark Caller", queue, Instant.EPOCH, 1, 0);
    }

    private static SimDevice deviceFor(SimCaller caller) {
        SimDevice device = new SimDevice("PJSIP/2001");
        device.channel = "PJSIP/2001-" + caller.uniqueId;
        device.uniqueId = caller.uniqueId + "1";
        return device;
    }

    private static AmiMessage event(int step, SimCaller caller, SimDevice device, SimMember member) {
        return switch (step) {
            case 0 -> AmiEvents.join(caller, 1, 1);
            case 1 -> AmiEvents.agentEvent("AgentCalled", caller, device, member, false);
            case 2 -> AmiEvents.leave(caller, 1, 0);
            case 3 -> AmiEvents.agentEvent("AgentConnect", caller, device, member, true)
                    .add("HoldTime", 12).add("RingTime", 3);
            default -> AmiEvents.agentEvent("AgentComplete", caller, device, member, true)
                    .add("HoldTime", 12).add("TalkTime", 180).add("Reason", "agent");
        };
    }
}
