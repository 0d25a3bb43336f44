/**
 * Premain's internals that the API jar must carry: the seam to the runtime
 * ({@link dev.premain.internal.PremainRuntime}) and the shared rulebook
 * ({@link dev.premain.internal.rules}). Not exported from the {@code dev.premain} module; not API.
 */
package dev.premain.internal;
