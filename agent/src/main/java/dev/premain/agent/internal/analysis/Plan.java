package dev.premain.agent.internal.analysis;

import dev.premain.agent.internal.model.ScannedMethod;
import java.util.List;

/**
 * What the runtime will do, in order: link these sections, run these ctors, register these dtors.
 *
 * @param sections the sections, by name
 * @param ctors the ctors in run order
 * @param dtors the dtors in plan order (they run in reverse)
 */
public record Plan(List<SectionPlan> sections, List<ScannedMethod> ctors, List<ScannedMethod> dtors) {
}
