package org.charterconsole.telephony;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An Asterisk {@code .conf} file read the way Asterisk's config parser reads it: {@code [sections]}
 * with templates ({@code [name](!)}) and inheritance ({@code [name](template)}), {@code key = value}
 * and {@code key => value} lines, {@code ;} comments (a {@code \;} stays).
 */
record AsteriskConfig(List<Section> sections) {

    record Entry(String key, String value, int line) {
    }

    record Section(String name, boolean template, List<String> parents, List<Entry> entries, int line) {

        List<Entry> entries(String key) {
            return entries.stream().filter(e -> e.key().equalsIgnoreCase(key)).toList();
        }

        Optional<String> value(String key) {
            List<Entry> found = entries(key);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1).value());
        }
    }

    static AsteriskConfig parse(String text) {
        List<Section> sections = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        String name = null;
        boolean template = false;
        List<String> parents = List.of();
        List<Entry> entries = new ArrayList<>();
        int sectionLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = stripComment(lines[i]).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("[")) {
                if (name != null) {
                    sections.add(new Section(name, template, parents, List.copyOf(entries), sectionLine));
                }
                int close = line.indexOf(']');
                if (close < 0) {
                    throw new IllegalArgumentException("line " + (i + 1) + ": section header without ]: " + line);
                }
                name = line.substring(1, close).strip();
                String options = line.substring(close + 1).strip();
                template = false;
                List<String> inherited = new ArrayList<>();
                if (options.startsWith("(") && options.endsWith(")")) {
                    for (String option : options.substring(1, options.length() - 1).split(",")) {
                        String o = option.strip();
                        if (o.equals("!")) {
                            template = true;
                        } else if (!o.isEmpty() && !o.equals("+")) {
                            inherited.add(o);
                        }
                    }
                }
                parents = List.copyOf(inherited);
                entries = new ArrayList<>();
                sectionLine = i + 1;
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0 || name == null) {
                throw new IllegalArgumentException("line " + (i + 1) + ": not a setting: " + line);
            }
            boolean arrow = equals + 1 < line.length() && line.charAt(equals + 1) == '>';
            String key = line.substring(0, equals).strip();
            String value = line.substring(equals + (arrow ? 2 : 1)).strip();
            entries.add(new Entry(key, value, i + 1));
        }
        if (name != null) {
            sections.add(new Section(name, template, parents, List.copyOf(entries), sectionLine));
        }
        return new AsteriskConfig(List.copyOf(sections));
    }

    private static String stripComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ';' && (i == 0 || line.charAt(i - 1) != '\\')) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    Optional<Section> section(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** A section's settings as Asterisk applies them: its templates' first (in order), then its own. */
    Map<String, String> effective(String name) {
        Map<String, String> settings = new LinkedHashMap<>();
        Section section = section(name).orElseThrow(() -> new IllegalArgumentException("no section [" + name + "]"));
        for (String parent : section.parents()) {
            settings.putAll(effective(parent));
        }
        section.entries().forEach(e -> settings.put(e.key().toLowerCase(), e.value()));
        return settings;
    }
}
