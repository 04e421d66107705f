package org.modekick.bindings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the binding classes' Java sources (the tests need the javadoc, which is not in the class files):
 * every top-level {@code public static} member with the {@code {@snippet lang=c}} block of the javadoc right
 * above it.
 */
final class BindingSources {
    private BindingSources() {
    }

    /** Module directory, passed by surefire (see bindings/pom.xml); falls back to the working directory. */
    static Path moduleDir() {
        String dir = System.getProperty("modekick.bindings.basedir");
        return Path.of(dir != null ? dir : ".").toAbsolutePath().normalize();
    }

    static Path mainSources() {
        return moduleDir().resolve("src/main/java");
    }

    static Path buildDir() {
        String dir = System.getProperty("modekick.bindings.buildDir");
        return dir != null ? Path.of(dir) : moduleDir().resolve("target");
    }

    /**
     * One member.
     *
     * @param name      member name
     * @param isMethod  method (else field)
     * @param signature the declaration line up to the name's end, for messages
     * @param snippet   the C snippet (lines joined with '\n', '*' margins removed), or null if none
     */
    record Member(String name, boolean isMethod, String signature, String snippet) {
    }

    record Source(String className, Path file, List<Member> members) {
        List<Member> named(String name) {
            return members.stream().filter(m -> m.name.equals(name)).toList();
        }
    }

    /** Binding classes: every {@code *_h.java} under src/main/java, as jextract names header classes. */
    static List<Source> all() {
        Path root = mainSources();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().endsWith("_h.java"))
                    .sorted()
                    .map(p -> parse(root, p))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read binding sources under " + root, e);
        }
    }

    private static final Pattern MEMBER = Pattern.compile(
            "^    public static (?:final )?[\\w.<>\\[\\]]+ (\\w[\\w$]*)\\s*([(=;])");
    private static final Pattern SNIPPET = Pattern.compile("\\{@snippet lang=c :\\n(.*?)\\n\\s*}\\s*$",
            Pattern.DOTALL);

    static Source parse(Path root, Path file) {
        String rel = root.relativize(file).toString();
        String className = rel.substring(0, rel.length() - ".java".length()).replace('/', '.');
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Member> members = new ArrayList<>();
        String javadoc = null;
        StringBuilder current = null;
        for (String line : lines) {
            String t = line.strip();
            if (current != null) {
                current.append(line).append('\n');
                if (t.endsWith("*/")) {
                    javadoc = current.toString();
                    current = null;
                }
                continue;
            }
            if (t.startsWith("/**")) {
                current = new StringBuilder(line).append('\n');
                if (t.endsWith("*/") && t.length() > 4) {
                    javadoc = current.toString();
                    current = null;
                }
                continue;
            }
            Matcher m = MEMBER.matcher(line);
            if (m.find()) {
                members.add(new Member(m.group(1), m.group(2).equals("("), t, snippetOf(javadoc)));
            }
            if (!t.isEmpty() && !t.startsWith("@")) {
                javadoc = null; // a javadoc belongs only to the declaration right after it
            }
        }
        return new Source(className, file, List.copyOf(members));
    }

    private static String snippetOf(String javadoc) {
        if (javadoc == null) {
            return null;
        }
        StringBuilder body = new StringBuilder();
        for (String l : javadoc.split("\n")) {
            String s = l.strip();
            if (s.startsWith("/**") || s.startsWith("*/")) {
                continue;
            }
            body.append(s.startsWith("* ") ? s.substring(2) : s.equals("*") ? "" : s).append('\n');
        }
        Matcher m = SNIPPET.matcher(body.toString().stripTrailing());
        return m.find() ? m.group(1).strip() : null;
    }
}
