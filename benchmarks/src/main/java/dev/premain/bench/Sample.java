package dev.premain.bench;

/**
 * One timed run of a variant.
 *
 * @param millis whole-process wall time, from spawning {@code /usr/bin/time} to its exit
 * @param rssKb peak resident set size of the JVM as {@code /usr/bin/time -f %M} reports it
 * @param cpuMillis user plus system CPU time of the JVM ({@code %U + %S}): less disturbed than wall
 *     time by other work on the machine, though not by cache and memory-bus contention
 * @param exitCode the process's exit status
 * @param stdout what the process printed on stdout
 * @param stderr what the process printed on stderr
 */
record Sample(double millis, long rssKb, double cpuMillis, int exitCode, String stdout, String stderr) {
}
