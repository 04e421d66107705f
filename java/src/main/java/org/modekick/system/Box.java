package org.modekick.system;

/**
 * An orthogonal, periodic simulation box, as in a LAMMPS data file's {@code xlo xhi} lines.
 */
public record Box(double xlo, double xhi, double ylo, double yhi, double zlo, double zhi) {

    public Box {
        if (!(xhi > xlo) || !(yhi > ylo) || !(zhi > zlo)) {
            throw new IllegalArgumentException("box bounds must satisfy lo < hi: " + this);
        }
    }

    /** A cube [0, length)^3. */
    public static Box cube(double length) {
        return new Box(0, length, 0, length, 0, length);
    }

    public double lx() { return xhi - xlo; }
    public double ly() { return yhi - ylo; }
    public double lz() { return zhi - zlo; }
    public double volume() { return lx() * ly() * lz(); }

    /** Edge length along axis 0, 1 or 2. */
    public double length(int axis) {
        return switch (axis) {
            case 0 -> lx();
            case 1 -> ly();
            case 2 -> lz();
            default -> throw new IllegalArgumentException("axis " + axis);
        };
    }

    /** Lower bound along axis 0, 1 or 2. */
    public double lo(int axis) {
        return switch (axis) {
            case 0 -> xlo;
            case 1 -> ylo;
            case 2 -> zlo;
            default -> throw new IllegalArgumentException("axis " + axis);
        };
    }

    /** The minimum-image of a separation component along an axis. */
    public double minimumImage(double d, int axis) {
        double l = length(axis);
        return d - l * Math.rint(d / l);
    }
}
