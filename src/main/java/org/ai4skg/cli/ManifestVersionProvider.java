package org.ai4skg.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code --version}: the jar manifest's Implementation-Version. */
final class ManifestVersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Ai4s.class.getPackage().getImplementationVersion();
        return new String[] {"ai4s " + (version == null ? "(development build)" : version)};
    }
}
