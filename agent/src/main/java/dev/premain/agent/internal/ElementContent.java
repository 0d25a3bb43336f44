package dev.premain.agent.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What one class-path element declares, gathered from its indexes, its cache entry, and its scan. */
final class ElementContent {
    final Path path;
    final JarIdentity identity;
    final Set<String> candidates = new TreeSet<>();
    final List<ScannedMethod> ctors = new ArrayList<>();
    final List<ScannedMethod> dtors = new ArrayList<>();
    final List<ScannedSection> sections = new ArrayList<>();
    final List<ScannedContribution> contributions = new ArrayList<>();
    boolean cacheable;

    /** @param identity the jar's identity, or {@code null} for a directory (never cached) */
    ElementContent(Path path, JarIdentity identity) {
        this.path = path;
        this.identity = identity;
        this.cacheable = identity != null;
    }

    void add(ScanResult found) {
        ctors.addAll(found.ctors());
        dtors.addAll(found.dtors());
        sections.addAll(found.sections());
        contributions.addAll(found.contributions());
    }

    ScanResult asScanResult() {
        return new ScanResult(ctors, dtors, sections, contributions, List.of());
    }
}
