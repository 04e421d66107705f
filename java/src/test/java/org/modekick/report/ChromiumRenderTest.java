package org.modekick.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens report.html in a real browser, Debian's headless Chromium, and checks the screenshot: the page
 * renders, it is not blank, and its figures load (their data colours are on screen). Without Chromium
 * the test fails: ci/install-packages.sh installs it.
 */
class ChromiumRenderTest {

    static final int WIDTH = 1280;
    static final int HEIGHT = 2000;

    @Test
    void reportRendersWithItsFigures(@TempDir Path dir) throws Exception {
        String chromium = findChromium();
        List<SyntheticStudy.Expected> expected = SyntheticStudy.standard(dir.resolve("samples"));
        Path out = dir.resolve("report");
        StudyReport.write(expected.stream().map(SyntheticStudy.Expected::sample).toList(), out);
        Path screenshot = dir.resolve("screenshot.png");
        Path profile = Files.createDirectories(dir.resolve("chromium-profile"));
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile, "--screenshot=" + screenshot,
                "--window-size=" + WIDTH + "," + HEIGHT, out.resolve("report.html").toUri().toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish in 180 s:\n" + log);
        }
        assertEquals(0, p.exitValue(), "chromium failed:\n" + log);
        assertTrue(Files.isRegularFile(screenshot), "no screenshot written:\n" + log);

        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertNotNull(image, "the screenshot does not decode");
        assertEquals(WIDTH, image.getWidth());
        assertEquals(HEIGHT, image.getHeight());
        int nonWhite = 0;
        int blue = 0;
        int vermillion = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                Color c = new Color(rgb);
                if (c.getRed() < 245 || c.getGreen() < 245 || c.getBlue() < 245) {
                    nonWhite++;
                }
                if (near(c, Palette.colour(0))) {
                    blue++;
                }
                if (near(c, Palette.colour(1))) {
                    vermillion++;
                }
            }
        }
        double total = (double) WIDTH * HEIGHT;
        assertTrue(nonWhite > 0.02 * total, "page looks blank: " + nonWhite + " non-white pixels");
        // the figures' N = 2000 (blue) and N = 4000 (vermillion) symbols: the <img>s loaded and drew
        assertTrue(blue > 200, "too few plot-blue pixels (" + blue + "): figures did not load");
        assertTrue(vermillion > 200, "too few plot-vermillion pixels (" + vermillion + "): figures did not load");
    }

    private static boolean near(Color c, Color target) {
        return Math.abs(c.getRed() - target.getRed()) < 24 && Math.abs(c.getGreen() - target.getGreen()) < 24
                && Math.abs(c.getBlue() - target.getBlue()) < 24;
    }

    private static String findChromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        fail("chromium is not installed: run 'apt-get install -y chromium' (ci/install-packages.sh installs it); "
                + "this test renders report.html in a real browser and must not be skipped");
        return null;
    }
}
