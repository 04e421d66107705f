package org.modekick.report;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes a figure twice: a PNG for display in the page and an SVG, vector and scalable, for print and
 * for editing. Both are drawn from the same chart at the same size, so they show the same thing.
 */
final class FigureWriter {

    static final int WIDTH = 800;
    static final int HEIGHT = 600;

    private FigureWriter() {}

    /** Writes {@code dir/<id>.png} and {@code dir/<id>.svg}; returns both paths. */
    static List<Path> write(Figure figure, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path png = dir.resolve(figure.id() + ".png");
        Path svg = dir.resolve(figure.id() + ".svg");
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            figure.chart().draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(image, "png", png.toFile())) {
            throw new IOException("no PNG writer for " + png);
        }
        SVGGraphics2D svgGraphics = new SVGGraphics2D(WIDTH, HEIGHT);
        // coordinates to 1/100 pixel: invisible, and a third of the file of Fig. 9b's thousands of symbols
        DecimalFormat coordinate = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        svgGraphics.setGeomDoubleConverter(coordinate::format);
        figure.chart().draw(svgGraphics, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        Files.writeString(svg, svgGraphics.getSVGDocument(), StandardCharsets.UTF_8);
        return List.of(png, svg);
    }
}
