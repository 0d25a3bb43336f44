package dev.premain.agent.internal.options;

import java.nio.file.Path;
import java.util.List;

/**
 * The agent's options, parsed and checked.
 *
 * @param packages packages to scan (with subpackages); empty means the whole class path
 * @param report whether to print per-phase and per-ctor timings on stderr
 * @param shuffleSeed seed that permutes ties in the ctor order, or {@code null}
 * @param onError what to do when errors are found
 * @param index how build-time indexes are used
 * @param cache the scan cache directory, or {@code null} for no cache
 * @param trust who may contribute ctors, dtors and items
 * @param verbosity how much the agent says on stderr
 * @param reportFile where {@code report=FILE.html} writes the startup picture, or {@code null}
 * @param watchLateLoaders whether to report annotated classes loaded by other class loaders after seal
 * @param timeouts how long ctors and dtors may run
 * @param classPathIndex where the build-time class-path index is read from
 */
public record AgentOptions(List<String> packages, boolean report, Long shuffleSeed, OnError onError, IndexMode index,
        Path cache, TrustPolicy trust, Verbosity verbosity, boolean watchLateLoaders, Timeouts timeouts,
        Path reportFile, ClassPathIndexOption classPathIndex) {
}
