/**
 * Parses the agent's options ({@code key=value,...} from the options resource, the system property
 * and the {@code -javaagent} arguments) into an immutable {@code AgentOptions}.
 *
 * <ul>
 *   <li>Parsing only: it reads no file, opens no jar, prints nothing and loads no user class; the
 *       caller reads the resource and reports an {@code OptionsException}.
 *   <li>An unknown or malformed option is an {@code OptionsException} whose message is the complete
 *       diagnostic (exit status 64), never a silent default.
 *   <li>The values are plain data ({@code AgentOptions}, {@code TrustPolicy}, enums): every stage
 *       may read them, none can change them.
 * </ul>
 *
 * <p>Depends on nothing else in the agent, so every stage, {@code internal.log} included, can use
 * it without a cycle.
 */
package dev.premain.agent.internal.options;
