package org.modekick.report;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Colours and symbols by system size, as the paper plots "data from different system sizes using
 * different color symbols" (Figs. 3, 5, 6, 10). The colours are Okabe and Ito's colour-blind-safe set
 * without its yellow, which is unreadable on white; the symbol changes with the colour as well, so the
 * sizes stay apart in greyscale.
 */
final class Palette {

    private static final List<Color> COLOURS = List.of(
            new Color(0x00, 0x72, 0xB2), // blue
            new Color(0xD5, 0x5E, 0x00), // vermillion
            new Color(0x00, 0x9E, 0x73), // bluish green
            new Color(0xCC, 0x79, 0xA7), // reddish purple
            new Color(0xE6, 0x9F, 0x00), // orange
            new Color(0x56, 0xB4, 0xE9), // sky blue
            new Color(0x00, 0x00, 0x00)); // black

    /** Fitted lines and markers: near-black, apart from every data colour. */
    static final Color REFERENCE = new Color(0x22, 0x22, 0x22);

    /** The paper's reference laws (|dr|^3, r^-2) and bounds: grey and dashed, behind the fits in weight. */
    static final Color GUIDE = new Color(0x88, 0x88, 0x88);

    private Palette() {}

    static Color colour(int index) {
        return COLOURS.get(Math.floorMod(index, COLOURS.size()));
    }

    /** The colour of size n among the study's sizes (ascending). */
    static Color colourOf(int n, List<Integer> sizes) {
        return colour(Math.max(0, sizes.indexOf(n)));
    }

    static Shape shape(int index) {
        double s = 9;
        double h = s / 2;
        return switch (Math.floorMod(index, 5)) {
            case 0 -> new Ellipse2D.Double(-h, -h, s, s);
            case 1 -> new Rectangle2D.Double(-h * 0.9, -h * 0.9, s * 0.9, s * 0.9);
            case 2 -> polygon(new double[] {0, h, -h}, new double[] {-h, h, h});
            case 3 -> polygon(new double[] {0, h, 0, -h}, new double[] {-h, 0, h, 0});
            default -> polygon(new double[] {0, h, -h}, new double[] {h, -h, -h});
        };
    }

    /** The symbol at half size, for clouds of thousands of points (Fig. 9b). */
    static Shape small(Shape shape) {
        return java.awt.geom.AffineTransform.getScaleInstance(0.55, 0.55).createTransformedShape(shape);
    }

    static Shape shapeOf(int n, List<Integer> sizes) {
        return shape(Math.max(0, sizes.indexOf(n)));
    }

    private static Shape polygon(double[] x, double[] y) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x[0], y[0]);
        for (int i = 1; i < x.length; i++) {
            p.lineTo(x[i], y[i]);
        }
        p.closePath();
        return p;
    }
}
