package io.cellarsync.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the project version that the build wrote into {@code cellarsync-version.properties}. */
final class RunnerVersion implements IVersionProvider {

    static String version() {
        try (InputStream in = RunnerVersion.class.getResourceAsStream("/cellarsync-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("cellarsync-version.properties is missing from the runner jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"cellarsync " + version()};
    }
}
