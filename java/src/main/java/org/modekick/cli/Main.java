package org.modekick.cli;

/** Entry point (placeholder while the commands land). */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println("modekick");
    }
}
