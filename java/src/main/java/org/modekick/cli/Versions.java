package org.modekick.cli;

/** Version strings written into every output's metadata. */
final class Versions {

    private Versions() {}

    static String modekick() {
        String v = Versions.class.getPackage().getImplementationVersion();
        return v != null ? v : "development";
    }
}
