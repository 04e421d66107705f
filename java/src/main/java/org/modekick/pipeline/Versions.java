package org.modekick.pipeline;

/** The version string written into every output's metadata. */
public final class Versions {

    private Versions() {}

    public static String modekick() {
        String v = Versions.class.getPackage().getImplementationVersion();
        return v != null ? v : "development";
    }
}
