#!/bin/sh
# Writes a LAMMPS pair table (keyword HARMONIC) of the harmonic contact potential of Eq. (1),
# phi(r) = (1/2)(1 - r)^2 for r < 1 (eps = sigma = 1), for the plain lmp executable, which lacks
# modekick's compiled harmonic/contact style. With "pair_style table spline 20000" its energies and
# forces agree with the compiled style to about 1e-15 relative; linear tables are far worse (~1e-10).
# The inner bound 1e-4 is below any contact distance a glass at phi = 0.73 has.
n=${1:-20000}
awk -v n="$n" 'BEGIN {
  lo = 1.0e-4; hi = 1.0;
  print "# harmonic contact potential, eps = sigma = 1 (written by make-harmonic-table.sh)";
  print ""; print "HARMONIC"; printf "N %d R %.17g %.17g\n\n", n, lo, hi;
  for (i = 1; i <= n; i++) {
    r = lo + (hi - lo) * (i - 1) / (n - 1);
    printf "%d %.17g %.17g %.17g\n", i, r, 0.5 * (1 - r)^2, (1 - r);
  }
}'
