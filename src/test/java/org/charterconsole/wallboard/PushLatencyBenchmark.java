package org.charterconsole.wallboard;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.communication.PushMode;
import org.charterconsole.SimulatedConsoleTest;
import org.charterconsole.base.ui.DeliveryTimes;
import org.charterconsole.base.ui.SecondTicker;
import org.charterconsole.base.ui.UiPushDispatcher;
import org.charterconsole.browser.HeadlessChromium;
import org.charterconsole.console.ConsoleView;
import org.charterconsole.pbx.PbxEvent;
import org.charterconsole.pbx.PbxEventSink;
import org.charterconsole.queue.LiveQueues;
import org.charterconsole.security.ConsoleUserDetails;
import org.charterconsole.security.Roles;
import org.charterconsole.simulator.PbxSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.ToLongFunction;

import static org.awaitility.Awaitility.await;

/**
 * Issue 4's push benchmark: with 100 wallboard and console sessions open (5 of them real headless Chromium
 * browsers, the rest server-side sessions in this JVM), the time from an AMI event leaving the PBX to the
 * change being shown in every session, at about 50 AMI events per second; and the heap per open session.
 * A probe queue gains one caller every half second while the other queues churn; each session records when
 * it first shows each probe count. Run with {@code mvn -Pbenchmark test -Dtest=PushLatencyBenchmark}.
 * Prints the figures and writes them to target/benchmarks/push-latency.txt. No assertions on speed.
 */
@SimulatedConsoleTest
class PushLatencyBenchmark {

    private static final String PROBE = "taxi-licensing";
    private static final int BROWSERS = 5;
    private static final int SESSIONS = 100;
    private static final double TARGET_EVENTS_PER_SECOND = 50;
    private static final Duration WARM_UP = Duration.ofSeconds(15);
    private static final Duration MEASURED = Duration.ofSeconds(60);
    private static final long PROBE_EVERY_MILLIS = 500;
    /** {@code -Dbenchmark.profile-browsers=true}: also prints where the first wallboard and console spend script time. */
    private static final boolean PROFILE_BROWSERS = Boolean.getBoolean("benchmark.profile-browsers");
    /**
     * {@code -Dbenchmark.low-priority-browsers=true}: the browsers run at the lowest CPU priority (SCHED_IDLE), as if on other machines (the
     * office PCs and wallboard screens they stand in for), taking only the CPU the server leaves them.
     */
    private static final boolean LOW_PRIORITY_BROWSERS = Boolean.getBoolean("benchmark.low-priority-browsers");
    private static final String SEEN_SCRIPT = """
            const selector = arguments[0];
            window.__seen = {};
            const read = () => {
              const el = document.querySelector(selector);
              const n = el ? parseInt(el.textContent, 10) : NaN;
              if (!isNaN(n)) { for (let k = 1; k <= n; k++) { if (!(k in window.__seen)) { window.__seen[k] = Date.now(); } } }
            };
            new MutationObserver(read).observe(document.body, {subtree: true, childList: true, characterData: true});
            read();
            """;

    @LocalServerPort
    private int port;
    @Autowired
    private PbxSimulator simulator;
    @Autowired
    private ApplicationContext context;
    @Autowired
    private LiveQueues liveQueues;
    @Autowired
    private SecondTicker ticker;
    @Autowired
    private UiPushDispatcher dispatcher;
    @Autowired
    private WaitingTrendSampler trends;
    @Autowired
    private TodaysFigures todaysFigures;
    @Autowired
    private CentreHours centreHours;
    @Autowired
    private Clock clock;
    @Autowired
    private ProbeJoins probeJoins;

    private final List<ChromeDriver> browsers = new ArrayList<>();
    private final List<VaadinSession> serverSessions = new ArrayList<>();
    private final Map<Integer, Long> probeSentAt = new ConcurrentHashMap<>();
    private volatile int probeCount;
    private final Map<Integer, Long> probePublishedAt = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<DeliveryTimes> deliveries = new ConcurrentLinkedQueue<>();
    /** The JVM's uptime (ms, as in its GC log) when each delivery ended, to line stalls up with pauses. */
    private final Map<DeliveryTimes, Long> deliveredAt = new ConcurrentHashMap<>();
    private final ServerSidePushes.PushSizes consolePushes = new ServerSidePushes.PushSizes();
    private final ServerSidePushes.PushSizes wallboardPushes = new ServerSidePushes.PushSizes();

    /** Stage 1: when the telephony adapter has read and translated each probe join (its queue count). */
    @TestConfiguration
    static class StageClocks {
        @Bean
        ProbeJoins probeJoins() {
            return new ProbeJoins();
        }
    }

    static final class ProbeJoins implements PbxEventSink {
        final Map<Integer, Long> readAt = new ConcurrentHashMap<>();

        @Override
        public void accept(PbxEvent event) {
            if (event instanceof PbxEvent.CallerJoined joined && PROBE.equals(joined.queue())) {
                readAt.putIfAbsent(joined.count(), System.currentTimeMillis());
            }
        }
    }

    @AfterEach
    void closeEverything() {
        browsers.forEach(ChromeDriver::quit);
        for (VaadinSession session : serverSessions) {
            session.lock();
            try {
                new ArrayList<>(session.getUIs()).forEach(ui -> ui.getChildren().toList().forEach(ui::remove));
            } finally {
                session.unlock();
            }
        }
    }

    @Test
    void pushLatencyAndMemoryWithAHundredSessions() throws Exception {
        long heapBefore = heapAfterGc();
        for (int i = 0; i < BROWSERS; i++) {
            browsers.add(openBrowser(i % 2 == 0));
        }
        long heapWithBrowsers = heapAfterGc();
        Map<Integer, Long>[] serverSeen = newSeenMaps(SESSIONS - BROWSERS);
        for (int i = 0; i < SESSIONS - BROWSERS; i++) {
            openServerSession(i % 2 == 0, serverSeen[i]);
        }
        long heapWithAll = heapAfterGc();

        double eventsPerOperation = calibrate();
        long operationNanos = (long) (1e9 * eventsPerOperation / TARGET_EVENTS_PER_SECOND);

        LiveQueues.Subscription published = liveQueues.subscribe(snapshot -> snapshot.queues().stream()
                .filter(q -> q.name().equals(PROBE)).findFirst()
                .ifPresent(q -> {
                    long now = System.currentTimeMillis();
                    for (int k = q.waiting().size(); k > 0 && probePublishedAt.putIfAbsent(k, now) == null; k--) {
                        // every count up to this one is published now, if it was not before
                    }
                }));
        drive(WARM_UP, operationNanos);
        dispatcher.timeDeliveries(times -> {
            deliveries.add(times);
            deliveredAt.put(times, ManagementFactory.getRuntimeMXBean().getUptime());
        });
        consolePushes.counting = true;
        wallboardPushes.counting = true;
        List<Map<String, Double>> browserWorkBefore = browsers.stream().map(ChromiumWork::metrics).toList();
        List<ChromeDriver> profiled = PROFILE_BROWSERS ? browsers.subList(0, 2) : List.of();
        profiled.forEach(ChromiumWork::startProfiler);
        int firstMeasuredProbe = probeCount + 1;
        long eventsBefore = simulator.eventsSent();
        long start = System.nanoTime();
        drive(MEASURED, operationNanos);
        double seconds = (System.nanoTime() - start) / 1e9;
        double eventsPerSecond = (simulator.eventsSent() - eventsBefore) / seconds;
        int lastMeasuredProbe = probeCount;
        dispatcher.timeDeliveries(null);
        consolePushes.counting = false;
        wallboardPushes.counting = false;
        String pushSizes = "server-side sessions' pushes (all sessions of a kind together):\n"
                + consolePushes.describe("console", seconds) + wallboardPushes.describe("wallboard", seconds);
        String browserWork = ChromiumWork.perSecond(browsers, browserWorkBefore, seconds);
        for (ChromeDriver browser : profiled) {
            browserWork += ChromiumWork.stopProfiler(browser);
        }
        Thread.sleep(3_000);
        published.close();

        List<Map<Integer, Long>> seen = new ArrayList<>(Arrays.asList(serverSeen));
        for (ChromeDriver browser : browsers) {
            seen.add(browserSeen(browser));
        }
        List<Long> perSession = new ArrayList<>();
        List<Long> everySession = new ArrayList<>();
        List<Long> browsersOnly = new ArrayList<>();
        int missing = 0;
        for (int k = firstMeasuredProbe; k <= lastMeasuredProbe; k++) {
            long sent = probeSentAt.get(k);
            long slowest = 0;
            for (int s = 0; s < seen.size(); s++) {
                Long at = seen.get(s).get(k);
                if (at == null) {
                    missing++;
                    continue;
                }
                long latency = Math.max(0, at - sent);
                perSession.add(latency);
                if (s >= serverSeen.length) {
                    browsersOnly.add(latency);
                }
                slowest = Math.max(slowest, latency);
            }
            everySession.add(slowest);
        }
        String stages = stages(firstMeasuredProbe, lastMeasuredProbe, serverSeen);
        long perSessionHeap = (heapWithAll - heapWithBrowsers) / (SESSIONS - BROWSERS);
        String result = """
                Push latency with %d sessions (%d headless Chromium: 3 wallboards, 2 consoles; %d server-side: half wallboards, half consoles)
                AMI events: %.1f/s over %.0f s (%.2f events per simulated caller change); %d probe changes measured
                event -> shown in every session: p50 %d ms, p90 %d ms, p99 %d ms, max %d ms
                event -> shown, per session:     p50 %d ms, p90 %d ms, p99 %d ms, max %d ms
                event -> shown, browsers only:   p50 %d ms, p90 %d ms, p99 %d ms, max %d ms
                samples missing (a session never showed a count): %d
                heap after GC: before %d MiB, with 5 browser sessions %d MiB (%d KiB each), with all %d MiB (%d KiB per server-side session)
                load average at the end: %.2f
                """.formatted(SESSIONS, BROWSERS, SESSIONS - BROWSERS, eventsPerSecond, seconds, eventsPerOperation,
                lastMeasuredProbe - firstMeasuredProbe + 1,
                pct(everySession, 50), pct(everySession, 90), pct(everySession, 99), pct(everySession, 100),
                pct(perSession, 50), pct(perSession, 90), pct(perSession, 99), pct(perSession, 100),
                pct(browsersOnly, 50), pct(browsersOnly, 90), pct(browsersOnly, 99), pct(browsersOnly, 100),
                missing, heapBefore >> 20, heapWithBrowsers >> 20, (heapWithBrowsers - heapBefore) / BROWSERS >> 10,
                heapWithAll >> 20, perSessionHeap >> 10,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()) + stages + pushSizes + browserWork;
        System.out.println(result);
        Path dir = Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(dir.resolve("push-latency.txt"), result);
    }

    /**
     * Where the time goes: per probe change, sent → read by the adapter → published by the live state (views'
     * feeds are offered the snapshot in the same call) → shown in each server-side session; and per delivery of
     * the push dispatcher, by view: waiting for a push thread and the push interval, preparing, waiting for the
     * tab's lock, the view update, and the push written after it.
     */
    private String stages(int first, int last, Map<Integer, Long>[] serverSeen) {
        List<Long> read = new ArrayList<>();
        List<Long> published = new ArrayList<>();
        List<Long> shown = new ArrayList<>();
        for (int k = first; k <= last; k++) {
            long sent = probeSentAt.get(k);
            Long readAt = probeJoins.readAt.get(k);
            Long publishedAt = probePublishedAt.get(k);
            if (readAt != null) {
                read.add(readAt - sent);
            }
            if (publishedAt != null) {
                published.add(publishedAt - sent);
                for (Map<Integer, Long> session : serverSeen) {
                    Long at = session.get(k);
                    if (at != null) {
                        shown.add(at - publishedAt);
                    }
                }
            }
        }
        String slowest = java.util.stream.IntStream.rangeClosed(first, last).boxed()
                .filter(k -> probePublishedAt.containsKey(k))
                .sorted(java.util.Comparator.comparingLong((Integer k) -> probePublishedAt.get(k) - probeSentAt.get(k)).reversed())
                .limit(3)
                .map(k -> "#%d read %s ms, published %d ms".formatted(k,
                        probeJoins.readAt.containsKey(k) ? String.valueOf(probeJoins.readAt.get(k) - probeSentAt.get(k)) : "?",
                        probePublishedAt.get(k) - probeSentAt.get(k)))
                .collect(java.util.stream.Collectors.joining("; "));
        StringBuilder out = new StringBuilder("stages (p50 / p99 ms):\n");
        out.append("  sent -> read by the adapter:              %s%n".formatted(p50p99(read)));
        out.append("  sent -> published by the live state:     %s%n".formatted(p50p99(published)));
        out.append("  published -> shown, server-side sessions: %s%n".formatted(p50p99(shown)));
        out.append("  slowest to be published: %s%n".formatted(slowest));
        out.append("deliveries by view (count; p50 / p99 ms of: waiting for turn, prepare, waiting for lock, update, push):\n");
        Map<String, List<DeliveryTimes>> byView = new java.util.TreeMap<>();
        deliveries.forEach(d -> byView.computeIfAbsent(d.view(), v -> new ArrayList<>()).add(d));
        byView.forEach((view, times) -> out.append("  %-18s %6d; %s | %s | %s | %s | %s%n".formatted(view, times.size(),
                nanos(times, DeliveryTimes::waitedForTurn), nanos(times, DeliveryTimes::prepared),
                nanos(times, DeliveryTimes::waitedForLock), nanos(times, DeliveryTimes::applied),
                nanos(times.stream().filter(t -> t.pushed() >= 0).toList(), DeliveryTimes::pushed))));
        out.append("longest waits for turn (JVM uptime at the end of the delivery: view, ms waited):\n  ");
        out.append(deliveries.stream().sorted(java.util.Comparator.comparingLong(DeliveryTimes::waitedForTurn).reversed())
                .limit(8).map(d -> "%.1f s: %s %.0f".formatted(deliveredAt.getOrDefault(d, 0L) / 1000.0, d.view(),
                        d.waitedForTurn() / 1e6))
                .collect(java.util.stream.Collectors.joining("; "))).append('\n');
        return out.toString();
    }

    private static String nanos(List<DeliveryTimes> times, ToLongFunction<DeliveryTimes> stage) {
        List<Double> ms = times.stream().map(t -> stage.applyAsLong(t) / 1e6).sorted().toList();
        if (ms.isEmpty()) {
            return "-";
        }
        return "%.1f / %.1f".formatted(ms.get((int) (0.5 * (ms.size() - 1))), ms.get((int) (0.99 * (ms.size() - 1))));
    }

    private static String p50p99(List<Long> values) {
        return "%d / %d".formatted(pct(values, 50), pct(values, 99));
    }

    /** One caller change per tick: a probe join every half second, otherwise joins and hang-ups elsewhere. */
    private void drive(Duration duration, long operationNanos) throws InterruptedException {
        List<String> others = simulator.queueNames().stream().filter(q -> !q.equals(PROBE)).toList();
        Map<String, Deque<String>> waiting = new HashMap<>();
        others.forEach(q -> waiting.put(q, new ArrayDeque<>()));
        long end = System.nanoTime() + duration.toNanos();
        long next = System.nanoTime();
        long nextProbe = System.currentTimeMillis();
        int turn = 0;
        while (System.nanoTime() < end) {
            long now = System.currentTimeMillis();
            if (now >= nextProbe) {
                int k = probeCount + 1;
                probeSentAt.put(k, System.currentTimeMillis());
                simulator.joinCaller(PROBE, "0770090%04d".formatted(k), 0);
                probeCount = k;
                nextProbe += PROBE_EVERY_MILLIS;
            } else {
                String queue = others.get(turn++ % others.size());
                Deque<String> callers = waiting.get(queue);
                if (callers.size() >= 3) {
                    simulator.hangUp(callers.removeFirst());
                } else {
                    callers.addLast(simulator.joinCaller(queue, "0161496%04d".formatted(turn % 10_000), 0));
                }
            }
            next += operationNanos;
            long sleep = next - System.nanoTime();
            if (sleep > 0) {
                Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
            }
        }
    }

    /** AMI events the simulator sends per caller change (a join or a hang-up). */
    private double calibrate() throws InterruptedException {
        long before = simulator.eventsSent();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(simulator.joinCaller("general-enquiries", "0113496000" + i, 0));
        }
        ids.forEach(simulator::hangUp);
        Thread.sleep(500);
        return Math.max(1, (simulator.eventsSent() - before) / 20.0);
    }

    private ChromeDriver openBrowser(boolean wallboard) {
        ChromeDriver browser = LOW_PRIORITY_BROWSERS ? HeadlessChromium.startAtLowPriority(1920, 1080)
                : HeadlessChromium.start(1920, 1080);
        browser.get("http://localhost:" + port + "/login");
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> browser.findElement(By.cssSelector("#vaadinLoginUsername input")), e -> true)
                .sendKeys(wallboard ? "wallboard" : "leader");
        browser.findElement(By.cssSelector("#vaadinLoginPassword input"))
                .sendKeys(wallboard ? "wallboard" : "leader", Keys.ENTER);
        await().atMost(Duration.ofSeconds(60)).until(() -> !browser.getCurrentUrl().contains("/login"));
        browser.get("http://localhost:" + port + (wallboard ? "/wallboard/full" : "/console"));
        String selector = wallboard ? ".wallboard-tile[data-queue='%s'] .tile-waiting".formatted(PROBE)
                : ".queue-card[data-queue='%s'] .queue-summary".formatted(PROBE);
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> browser.findElement(By.cssSelector(selector)), e -> true);
        browser.executeScript(SEEN_SCRIPT, selector);
        browser.executeCdpCommand("Performance.enable", Map.of());
        return browser;
    }

    @SuppressWarnings("unchecked")
    private static Map<Integer, Long> browserSeen(ChromeDriver browser) {
        Map<String, Object> raw = (Map<String, Object>) browser.executeScript("return window.__seen;");
        Map<Integer, Long> seen = new HashMap<>();
        raw.forEach((k, v) -> seen.put(Integer.parseInt(k), ((Number) v).longValue()));
        return seen;
    }

    /**
     * A server-side session: a real VaadinSession, UI and view in this JVM, fed by the same live state and
     * dispatcher as a browser's, only without the network. Each push records, for every probe count it is the
     * first to carry, the moment it was written. Set up on its own thread, then unlocked.
     */
    private void openServerSession(boolean wallboard, Map<Integer, Long> seen) throws InterruptedException {
        Thread setUp = new Thread(() -> {
            MockVaadin.setup();
            UI ui = UI.getCurrent();
            ServerSidePushes.SerialisedPush push = new ServerSidePushes.SerialisedPush(ui, seen, wallboard ? wallboardPushes : consolePushes);
            ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
            ui.getInternals().setPushConnection(push);
            Component view;
            if (wallboard) {
                view = new WallboardView(liveQueues, ticker, dispatcher, trends, todaysFigures, centreHours, clock);
            } else {
                ConsoleUserDetails leader = new ConsoleUserDetails("leader", "Team Leader", Optional.of("PJSIP/2002"),
                        Set.of(Roles.TEAM_LEADER, Roles.HANDLER), "", true);
                SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(leader, null, leader.getAuthorities()));
                view = context.getAutowireCapableBeanFactory().createBean(ConsoleView.class);
                SecurityContextHolder.clearContext();
            }
            ui.add(view);
            push.probe = find(view, wallboard ? "wallboard-tile" : "queue-card", wallboard ? "tile-waiting" : "queue-summary");
            VaadinSession session = VaadinSession.getCurrent();
            serverSessions.add(session);
            session.unlock();
        }, "session-setup");
        setUp.start();
        setUp.join();
    }

    private static Span find(Component root, String containerClass, String spanClass) {
        Component container = descendants(root).filter(c -> c.getElement().getClassList().contains(containerClass) && PROBE.equals(c.getElement().getAttribute("data-queue")))
                .findFirst().orElseThrow();
        return (Span) descendants(container).filter(c -> c instanceof Span span && span.hasClassName(spanClass))
                .findFirst().orElseThrow();
    }

    private static java.util.stream.Stream<Component> descendants(Component root) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(root),
                root.getChildren().flatMap(PushLatencyBenchmark::descendants));
    }

    @SuppressWarnings("unchecked")
    private static Map<Integer, Long>[] newSeenMaps(int n) {
        Map<Integer, Long>[] maps = new Map[n];
        for (int i = 0; i < n; i++) {
            maps[i] = new ConcurrentHashMap<>();
        }
        return maps;
    }

    private static long pct(List<Long> values, int percentile) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
