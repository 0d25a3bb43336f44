package dev.premain.agent.internal;

import java.util.List;

/**
 * What the runtime will do, in order: link these sections, run these ctors, register these dtors.
 *
 * @param sections the sections, by name
 * @param ctors the ctors in run order
 * @param dtors the dtors in plan order (they run in reverse)
 */
record Plan(List<SectionPlan> sections, List<ScannedMethod> ctors, List<ScannedMethod> dtors) {
}
