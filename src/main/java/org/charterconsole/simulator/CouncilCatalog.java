package org.charterconsole.simulator;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** The simulated council: one queue per charter service, 24 call handlers on PJSIP/2001..2024. */
final class CouncilCatalog {

    static final List<SimulatedService> SERVICES = List.of(
            new SimulatedService("elas", true, 10, 10, 6, 420),
            new SimulatedService("household-support", true, 10, 10, 9, 360),
            new SimulatedService("adult-social-care", true, 10, 10, 7, 480),
            new SimulatedService("childrens-social-care", true, 10, 10, 5, 480),
            new SimulatedService("council-tax", false, 0, 0, 30, 240),
            new SimulatedService("business-rates", false, 0, 0, 6, 300),
            new SimulatedService("benefits", false, 0, 0, 20, 330),
            new SimulatedService("waste", false, 0, 0, 16, 150),
            new SimulatedService("taxi-licensing", false, 0, 0, 4, 240),
            new SimulatedService("housing", false, 0, 0, 18, 360),
            new SimulatedService("highways", false, 0, 0, 8, 180),
            new SimulatedService("general-enquiries", false, 0, 0, 14, 180));

    private static final String[] NAMES = {
        "Aisha Khan", "Ben Carter", "Chloe Evans", "Daniel Hughes", "Emma Patel", "Farah Ahmed",
        "George Wilson", "Hannah Lewis", "Isaac Morgan", "Jade Roberts", "Kieran Walsh", "Laura Price",
        "Mohammed Ali", "Niamh Kelly", "Oliver Bennett", "Priya Shah", "Rhys Davies", "Sophie Turner",
        "Tom Edwards", "Uzma Begum", "Victoria Hall", "William Scott", "Yasmin Clarke", "Zoe Mitchell"};

    private static final List<List<String>> SKILL_GROUPS = List.of(
            List.of("elas", "household-support", "adult-social-care", "childrens-social-care", "general-enquiries"),
            List.of("council-tax", "business-rates", "benefits", "general-enquiries"),
            List.of("benefits", "housing", "household-support", "elas", "council-tax"),
            List.of("waste", "highways", "taxi-licensing", "housing", "council-tax", "general-enquiries"));

    private CouncilCatalog() {
    }

    static List<SimulatedAgent> agents() {
        List<SimulatedAgent> agents = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            // Half of every skill group works early, half late, so each queue is staffed all day.
            boolean early = (i / SKILL_GROUPS.size()) % 2 == 0;
            LocalTime start = early ? LocalTime.of(8, 0) : LocalTime.of(9, 0);
            LocalTime end = early ? LocalTime.of(16, 0) : LocalTime.of(17, 30);
            // Lunches staggered across 11:30-14:00, so the 12:00-14:00 peak runs short-handed.
            LocalTime lunch = LocalTime.of(11, 30).plusMinutes((i * 7L) % 150);
            agents.add(new SimulatedAgent("PJSIP/" + (2001 + i), NAMES[i], SKILL_GROUPS.get(i % SKILL_GROUPS.size()),
                    start, end, lunch));
        }
        return agents;
    }
}
