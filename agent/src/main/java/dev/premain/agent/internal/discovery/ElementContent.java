package dev.premain.agent.internal.discovery;

import dev.premain.agent.internal.discovery.cache.JarIdentity;
import dev.premain.agent.internal.model.ScanResult;
import dev.premain.agent.internal.model.ScannedContribution;
import dev.premain.agent.internal.model.ScannedMethod;
import dev.premain.agent.internal.model.ScannedSection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What one class-path element declares, gathered from its indexes, its cache entry, and its scan. */
public final class ElementContent {
    public final Path path;
    public final JarIdentity identity;
    public final Set<String> candidates = new TreeSet<>();
    public final List<ScannedMethod> ctors = new ArrayList<>();
    public final List<ScannedMethod> dtors = new ArrayList<>();
    public final List<ScannedSection> sections = new ArrayList<>();
    public final List<ScannedContribution> contributions = new ArrayList<>();
    public boolean cacheable;

    /** @param identity the jar's identity, or {@code null} for a directory (never cached) */
    public ElementContent(Path path, JarIdentity identity) {
        this.path = path;
        this.identity = identity;
        this.cacheable = identity != null;
    }

    public void add(ScanResult found) {
        ctors.addAll(found.ctors());
        dtors.addAll(found.dtors());
        sections.addAll(found.sections());
        contributions.addAll(found.contributions());
    }

    public ScanResult asScanResult() {
        return new ScanResult(ctors, dtors, sections, contributions, List.of());
    }
}
