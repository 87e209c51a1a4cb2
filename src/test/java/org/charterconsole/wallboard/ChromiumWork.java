package org.charterconsole.wallboard;

import org.openqa.selenium.chrome.ChromeDriver;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Chromium's own account of its work, through the DevTools protocol, for the push benchmark's browsers. */
final class ChromiumWork {

    private ChromiumWork() {
    }

    static void startProfiler(ChromeDriver browser) {
        browser.executeCdpCommand("Profiler.enable", Map.of());
        browser.executeCdpCommand("Profiler.setSamplingInterval", Map.of("interval", 500));
        browser.executeCdpCommand("Profiler.start", Map.of());
    }

    /** The script functions the browser spent most time in (self time), from its sampling profiler. */
    @SuppressWarnings("unchecked")
    static String stopProfiler(ChromeDriver browser) {
        Map<String, Object> profile = (Map<String, Object>) browser.executeCdpCommand("Profiler.stop", Map.of()).get("profile");
        Map<Long, String> functions = new HashMap<>();
        for (Map<String, Object> node : (List<Map<String, Object>>) profile.get("nodes")) {
            Map<String, Object> frame = (Map<String, Object>) node.get("callFrame");
            String url = String.valueOf(frame.get("url"));
            functions.put(((Number) node.get("id")).longValue(), "%s @%s:%s".formatted(frame.get("functionName"),
                    url.substring(url.lastIndexOf('/') + 1), frame.get("lineNumber")));
        }
        List<Number> samples = (List<Number>) profile.get("samples");
        List<Number> deltas = (List<Number>) profile.get("timeDeltas");
        Map<String, Double> selfMillis = new HashMap<>();
        for (int i = 0; i < samples.size(); i++) {
            selfMillis.merge(functions.get(samples.get(i).longValue()), deltas.get(i).doubleValue() / 1000, Double::sum);
        }
        StringBuilder out = new StringBuilder("browser profile, self ms over the run:\n");
        selfMillis.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(20)
                .forEach(e -> out.append("  %8.0f %s%n".formatted(e.getValue(), e.getKey())));
        return out.toString();
    }

    /** Chromium's own account of its work so far (CDP Performance metrics: seconds spent, by kind). */
    @SuppressWarnings("unchecked")
    static Map<String, Double> metrics(ChromeDriver browser) {
        Map<String, Object> result = browser.executeCdpCommand("Performance.getMetrics", Map.of());
        Map<String, Double> work = new HashMap<>();
        for (Map<String, Object> metric : (List<Map<String, Object>>) result.get("metrics")) {
            work.put((String) metric.get("name"), ((Number) metric.get("value")).doubleValue());
        }
        return work;
    }

    /** What each browser's main thread spent per second since {@code before}, by kind of work. */
    static String perSecond(List<ChromeDriver> browsers, List<Map<String, Double>> before, double seconds) {
        StringBuilder out = new StringBuilder("browser main thread, ms per second (task: script, style, layout):\n");
        for (int i = 0; i < browsers.size(); i++) {
            Map<String, Double> after = metrics(browsers.get(i));
            Map<String, Double> start = before.get(i);
            ToDoubleFunction<String> perSecond =
                    name -> 1000 * (after.getOrDefault(name, 0.0) - start.getOrDefault(name, 0.0)) / seconds;
            out.append("  %-9s %5.0f: %4.0f, %4.0f, %4.0f%n".formatted(i % 2 == 0 ? "wallboard" : "console",
                    perSecond.applyAsDouble("TaskDuration"), perSecond.applyAsDouble("ScriptDuration"),
                    perSecond.applyAsDouble("RecalcStyleDuration"), perSecond.applyAsDouble("LayoutDuration")));
        }
        return out.toString();
    }
}
