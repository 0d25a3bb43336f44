/**
 * Work done at build time so that starts need not do it: the {@code index} command, which writes
 * the build-time class-path index (see {@code discovery.cache.ClassPathIndex}).
 */
package dev.premain.agent.internal.prebuild;
