/**
 * Premain for JUnit Jupiter: {@link dev.premain.junit.PremainExtension} bootstraps Premain once per
 * test JVM, so tests see every ctor run and every section sealed, with or without the agent.
 *
 * @since 0.1
 */
package dev.premain.junit;
