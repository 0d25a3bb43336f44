/**
 * Premain's JUnit Jupiter extension: {@link dev.premain.junit.PremainExtension} bootstraps Premain
 * once per test JVM. Only {@code dev.premain.junit} is exported; the extension is also provided as a
 * service, for JUnit's automatic extension registration.
 */
module dev.premain.junit {
    requires dev.premain;
    // Why transitive: the exported extension's signature names JUnit types (BeforeAllCallback, ExtensionContext).
    requires transitive org.junit.jupiter.api;

    exports dev.premain.junit;

    provides org.junit.jupiter.api.extension.Extension with dev.premain.junit.PremainExtension;
}
