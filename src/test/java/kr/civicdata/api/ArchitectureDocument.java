package kr.civicdata.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;

/**
 * What docs/architecture.md says that a test can hold it to: the names in backticks, and the table of which package
 * may use which.
 */
final class ArchitectureDocument {

    static final String BASE = "kr.civicdata.api";
    static final Path PATH = Path.of("docs/architecture.md");

    private static final Pattern BACKTICKED = Pattern.compile("`([^`\n]+)`");
    /** A class, optionally package-qualified, nested or followed by one member: {@code catalog.DataLoaded}. */
    private static final Pattern CLASS_NAME = Pattern
            .compile("(?:[a-z][a-z0-9]*\\.)*[A-Z][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*(?:\\(\\))?");
    private static final Pattern PROJECT_PATH = Pattern.compile("(?:src|docs|openapi|deploy|\\.ci)/\\S*");
    private static final String TABLE_HEADING = "## Who may use what";

    private final String text;

    private ArchitectureDocument(String text) {
        this.text = text;
    }

    static ArchitectureDocument read() {
        try {
            return new ArchitectureDocument(Files.readString(PATH));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document of the given text, for the tests that show the checks failing. */
    static ArchitectureDocument of(String text) {
        return new ArchitectureDocument(text);
    }

    /** Every name in backticks that must be a class (or a class's member) or a path, in order, once each. */
    List<String> checkedNames() {
        return backticked().stream()
                .filter(name -> CLASS_NAME.matcher(name).matches() || PROJECT_PATH.matcher(name).matches())
                .distinct()
                .toList();
    }

    /** The checked names that name no class, member or path of the project. */
    List<String> unresolvedNames(JavaClasses classes) {
        Map<String, List<JavaClass>> bySimpleName = new HashMap<>();
        for (JavaClass javaClass : classes) {
            for (String name : simpleNames(javaClass)) {
                bySimpleName.computeIfAbsent(name, n -> new ArrayList<>()).add(javaClass);
            }
        }
        List<String> unresolved = new ArrayList<>();
        for (String name : checkedNames()) {
            boolean found = PROJECT_PATH.matcher(name).matches()
                    ? Files.exists(Path.of(name))
                    : resolves(name.replace("()", ""), classes, bySimpleName);
            if (!found) {
                unresolved.add(name);
            }
        }
        return unresolved;
    }

    /**
     * The rows of the table under "Who may use what": a package (relative to {@value #BASE}, or {@value #BASE} itself)
     * to what it may use, packages and single classes, fully qualified.
     */
    Map<String, Set<String>> allowedDependencies() {
        int start = text.indexOf(TABLE_HEADING);
        if (start < 0) {
            throw new IllegalStateException(PATH + " has no section '" + TABLE_HEADING + "'");
        }
        Map<String, Set<String>> table = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : text.substring(start).lines().skip(1).toList()) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            inTable = true;
            String[] cells = line.split("\\|");
            List<String> first = backticked(cells[1]);
            if (first.size() != 1) {
                continue; // the header row and its rule
            }
            String allowedCell = cells[cells.length - 1];
            table.put(qualified(first.get(0)), backticked(allowedCell).stream()
                    .map(ArchitectureDocument::qualified)
                    .collect(Collectors.toCollection(java.util.LinkedHashSet::new)));
        }
        return table;
    }

    static String qualified(String name) {
        return name.equals(BASE) || name.startsWith(BASE + ".") ? name : BASE + "." + name;
    }

    private List<String> backticked() {
        return backticked(text);
    }

    private static List<String> backticked(String text) {
        List<String> names = new ArrayList<>();
        Matcher matcher = BACKTICKED.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1).strip());
        }
        return names;
    }

    /** {@code Entry} and {@code RepresentationCache.Entry} for a nested class, {@code Main} for a top-level one. */
    private static List<String> simpleNames(JavaClass javaClass) {
        List<String> names = new ArrayList<>();
        String dotted = javaClass.getSimpleName();
        names.add(dotted);
        for (Optional<JavaClass> outer = javaClass.getEnclosingClass(); outer.isPresent(); outer = outer.get()
                .getEnclosingClass()) {
            dotted = outer.get().getSimpleName() + "." + dotted;
            names.add(dotted);
        }
        return names;
    }

    /**
     * Whether the name is a class, or a class and one member: the longest leading part that names a class (by its
     * simple name, or qualified by its package) and then at most one field or method of it.
     */
    private static boolean resolves(String name, JavaClasses classes, Map<String, List<JavaClass>> bySimpleName) {
        String[] parts = name.split("\\.");
        int firstClass = 0;
        while (firstClass < parts.length && Character.isLowerCase(parts[firstClass].charAt(0))) {
            firstClass++;
        }
        String packagePrefix = firstClass == 0
                ? null
                : qualified(String.join(".", List.of(parts).subList(0, firstClass)));
        for (int end = parts.length; end > firstClass; end--) {
            String className = String.join(".", List.of(parts).subList(firstClass, end));
            List<JavaClass> candidates = packagePrefix == null
                    ? bySimpleName.getOrDefault(className, List.of())
                    : classes.stream()
                            .filter(c -> c.getName().equals(packagePrefix + "." + className.replace('.', '$')))
                            .toList();
            if (candidates.isEmpty()) {
                continue;
            }
            if (end == parts.length) {
                return true;
            }
            if (end == parts.length - 1) {
                String member = parts[end];
                return candidates.stream().anyMatch(c -> c.getAllMethods().stream()
                        .anyMatch(m -> m.getName().equals(member))
                        || c.getAllFields().stream().anyMatch(f -> f.getName().equals(member)));
            }
            return false;
        }
        return false;
    }
}
