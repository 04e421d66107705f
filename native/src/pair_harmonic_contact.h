/* Pair style harmonic/contact: the harmonic contact potential of Mizuno, Shimada & Ikeda,
 * PRR 2, 013215 (2020), Eq. (1):
 *
 *     phi(r) = (eps/2) (1 - r/sigma)^2   for r < sigma,      phi(r) = 0 otherwise,
 *
 * where sigma is the contact distance of the pair (sum of the radii), so the cutoff of every type
 * pair is its sigma. Energies, forces and virial are evaluated from the analytic formula (no tables).
 *
 * This Debian LAMMPS build (29 Sep 2021) has neither harmonic/cut nor the PLUGIN package, so the style
 * is compiled here against the installed headers and registered at run time into an instance's
 * Force::pair_map (see modekick_native.cpp).
 *
 * Input syntax:
 *   pair_style harmonic/contact                 (no arguments: the cutoff of each pair is its sigma)
 *   pair_coeff I J eps sigma                    (I, J may be wildcards: *, n*, *n, m*n)
 *   pair_modify mix geometric|arithmetic|sixthpower
 * Unset I != J pairs are mixed from I I and J J with LAMMPS's rules, as lj/cut does:
 *   eps_IJ = sqrt(eps_I eps_J) (geometric and arithmetic), sigma_IJ = sqrt(sigma_I sigma_J) (geometric,
 *   the default) or (sigma_I + sigma_J)/2 (arithmetic). For additive hard-sphere-like diameters, as in
 *   the paper (sigma_IJ = (sigma_I + sigma_J)/2), use `pair_modify mix arithmetic` or explicit
 *   pair_coeff I J lines.
 */

#ifndef MODEKICK_PAIR_HARMONIC_CONTACT_H
#define MODEKICK_PAIR_HARMONIC_CONTACT_H

#include "pair.h"

namespace LAMMPS_NS {

class PairHarmonicContact : public Pair {
 public:
  static constexpr const char *STYLE_NAME = "harmonic/contact";

  PairHarmonicContact(class LAMMPS *);
  ~PairHarmonicContact() override;

  void compute(int, int) override;
  void settings(int, char **) override;
  void coeff(int, char **) override;
  double init_one(int, int) override;
  void write_restart(FILE *) override;
  void read_restart(FILE *) override;
  void write_restart_settings(FILE *) override;
  void read_restart_settings(FILE *) override;
  void write_data(FILE *) override;
  void write_data_all(FILE *) override;
  double single(int, int, int, int, double, double, double, double &) override;
  void *extract(const char *, int &) override;

 protected:
  double **epsilon;      // eps of Eq. (1), per type pair
  double **sigma;        // sigma of Eq. (1) = cutoff, per type pair
  double **sigmainv;     // 1/sigma, set by init_one
  double **epsoversig;   // eps/sigma, set by init_one (prefactor of the force)

  void allocate();

 private:
  // What compute() tallies besides the forces; see there.
  enum class Tally { NONE, ENERGY, ALL };
  template <Tally TALLY, int NEWTON_PAIR> void eval();
};

}    // namespace LAMMPS_NS

#endif
