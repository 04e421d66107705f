/* Pair style harmonic/contact, Eq. (1) of Mizuno, Shimada & Ikeda, PRR 2, 013215 (2020):
 *     phi(r) = (eps/2) (1 - r/sigma)^2 for r < sigma, 0 otherwise.
 * See pair_harmonic_contact.h for the input syntax. Written against the LAMMPS 29 Sep 2021 API
 * (the Debian liblammps-dev headers); the structure follows LAMMPS's own lj/cut of that version:
 * half neighbour list (the default request of Pair::init_style), newton_pair on or off, ev_tally for
 * energy and virial (global and per atom), virial_fdotr_compute when LAMMPS asks for it.
 *
 * Errors are reported through the std::string overloads of Error::all (the fmt-style overloads are
 * unusable here, see include/fmt/format.h). This LAMMPS build has no exception support, so an error
 * ends the process: callers (the Java side) validate parameters before they reach LAMMPS.
 */

#include "pair_harmonic_contact.h"

#include "atom.h"
#include "comm.h"
#include "error.h"
#include "force.h"
#include "memory.h"
#include "neigh_list.h"
#include "utils.h"

#include <cmath>
#include <cstring>
#include <string>

using namespace LAMMPS_NS;

PairHarmonicContact::PairHarmonicContact(LAMMPS *lmp) :
    Pair(lmp), epsilon(nullptr), sigma(nullptr), sigmainv(nullptr), epsoversig(nullptr)
{
  single_enable = 1;
  restartinfo = 1;
  writedata = 1;
  // The per-atom virial of a pair potential is the same in the centroid and the two-body form.
  centroidstressflag = CENTROID_SAME;
}

PairHarmonicContact::~PairHarmonicContact()
{
  if (copymode) return;
  if (allocated) {
    memory->destroy(setflag);
    memory->destroy(cutsq);
    memory->destroy(epsilon);
    memory->destroy(sigma);
    memory->destroy(sigmainv);
    memory->destroy(epsoversig);
  }
}

/* Energy, forces and virial over the half neighbour list.
 * For a pair i, j at separation del = x_i - x_j, r = |del| < sigma:
 *   phi    = (eps/2) (1 - r/sigma)^2                       (Eq. 1)
 *   phi'   = -(eps/sigma) (1 - r/sigma)
 *   F_i    = -phi'(r) del/r = fpair del,  fpair = (eps/sigma) (1 - r/sigma) / r  (repulsive, >= 0)
 *   F_j    = -F_i
 * ev_tally(..., fpair, delx, dely, delz) adds -fpair del_a del_b ... with LAMMPS's sign convention
 * (virial = sum over pairs of del_a del_b fpair), exactly as for lj/cut.
 * With newton_pair off the list holds pairs with a ghost j twice (once on each owner), and the force
 * on a ghost is not accumulated; ev_tally splits energy/virial of such pairs in half accordingly.
 *
 * Three instantiations of one loop, chosen per call from what LAMMPS asks for:
 *   TALLY::NONE    no energy, no virial (evflag = 0);
 *   TALLY::ENERGY  the global energy only (eflag_global, no per-atom energy, no pairwise virial: the
 *                  global virial, if asked for, comes from virial_fdotr_compute), which is what every
 *                  FIRE iteration asks for (Min::ev_set sets eflag_global on every step, a virial only
 *                  when thermo prints a pressure). The energy is summed inline instead of through the
 *                  out-of-line ev_tally with its flag tests per pair; the additions are ev_tally's, in
 *                  the same order, onto eng_vdwl (which ev_setup zeroed), so the result is bitwise the
 *                  same;
 *   TALLY::ALL     anything else (per-atom energy or virial, pairwise virial, the compute .../tally styles):
 *                  ev_tally per pair.
 * The force on i is accumulated in registers, starting from f[i] and written back after its list: the
 * same additions in the same order as f[i][a] += ... per pair (j != i in i's list, so no f[j] aliases
 * it), hence bitwise the same forces. native/test checks all three against each other bit for bit. */
void PairHarmonicContact::compute(int eflag, int vflag)
{
  ev_init(eflag, vflag);
  const bool energy_only =
      evflag && eflag_global && !eflag_atom && !vflag_either && !cvflag_atom && num_tally_compute == 0;
  if (!evflag) {
    if (force->newton_pair) eval<Tally::NONE, 1>();
    else eval<Tally::NONE, 0>();
  } else if (energy_only) {
    if (force->newton_pair) eval<Tally::ENERGY, 1>();
    else eval<Tally::ENERGY, 0>();
  } else {
    if (force->newton_pair) eval<Tally::ALL, 1>();
    else eval<Tally::ALL, 0>();
  }
  if (vflag_fdotr) virial_fdotr_compute();
}

template <PairHarmonicContact::Tally TALLY, int NEWTON_PAIR> void PairHarmonicContact::eval()
{
  double *const *const x = atom->x;
  double *const *const f = atom->f;
  const int *const type = atom->type;
  const int nlocal = atom->nlocal;
  const double *const special_lj = force->special_lj;

  const int inum = list->inum;
  const int *const ilist = list->ilist;
  const int *const numneigh = list->numneigh;
  int *const *const firstneigh = list->firstneigh;

  double evdwl = 0.0;
  double energy = 0.0;    // TALLY::ENERGY: ev_tally's additions to eng_vdwl, in its order

  for (int ii = 0; ii < inum; ii++) {
    const int i = ilist[ii];
    const double xtmp = x[i][0];
    const double ytmp = x[i][1];
    const double ztmp = x[i][2];
    double fxtmp = f[i][0];
    double fytmp = f[i][1];
    double fztmp = f[i][2];
    const int itype = type[i];
    const int *const jlist = firstneigh[i];
    const int jnum = numneigh[i];
    const double *const cutsqi = cutsq[itype];
    const double *const epsi = epsilon[itype];
    const double *const sigmainvi = sigmainv[itype];
    const double *const epsoversigi = epsoversig[itype];

    for (int jj = 0; jj < jnum; jj++) {
      int j = jlist[jj];
      // special-bond weight (1 for atom_style atomic); kept so that bonded systems behave like lj/cut
      const double factor_lj = special_lj[sbmask(j)];
      j &= NEIGHMASK;

      const double *const xj = x[j];
      const double delx = xtmp - xj[0];
      const double dely = ytmp - xj[1];
      const double delz = ztmp - xj[2];
      const double rsq = delx * delx + dely * dely + delz * delz;
      const int jtype = type[j];

      // cutsq = sigma^2: contacts only (r < sigma), phi = 0 beyond
      if (rsq < cutsqi[jtype]) {
        const double r = std::sqrt(rsq);
        const double overlap = 1.0 - r * sigmainvi[jtype];    // 1 - r/sigma > 0
        const double fpair = factor_lj * epsoversigi[jtype] * overlap / r;

        fxtmp += delx * fpair;
        fytmp += dely * fpair;
        fztmp += delz * fpair;
        if (NEWTON_PAIR || j < nlocal) {
          double *const fj = f[j];
          fj[0] -= delx * fpair;
          fj[1] -= dely * fpair;
          fj[2] -= delz * fpair;
        }

        if (TALLY == Tally::ENERGY) {
          evdwl = factor_lj * 0.5 * epsi[jtype] * overlap * overlap;
          if (NEWTON_PAIR) {
            energy += evdwl;
          } else {
            const double half = 0.5 * evdwl;
            if (i < nlocal) energy += half;
            if (j < nlocal) energy += half;
          }
        } else if (TALLY == Tally::ALL) {
          if (eflag_either) evdwl = factor_lj * 0.5 * epsi[jtype] * overlap * overlap;
          ev_tally(i, j, nlocal, NEWTON_PAIR, evdwl, 0.0, fpair, delx, dely, delz);
        }
      }
    }
    f[i][0] = fxtmp;
    f[i][1] = fytmp;
    f[i][2] = fztmp;
  }
  if (TALLY == Tally::ENERGY) eng_vdwl += energy;
}

void PairHarmonicContact::allocate()
{
  allocated = 1;
  const int n = atom->ntypes;

  memory->create(setflag, n + 1, n + 1, "pair:setflag");
  for (int i = 1; i <= n; i++)
    for (int j = i; j <= n; j++) setflag[i][j] = 0;

  memory->create(cutsq, n + 1, n + 1, "pair:cutsq");
  memory->create(epsilon, n + 1, n + 1, "pair:epsilon");
  memory->create(sigma, n + 1, n + 1, "pair:sigma");
  memory->create(sigmainv, n + 1, n + 1, "pair:sigmainv");
  memory->create(epsoversig, n + 1, n + 1, "pair:epsoversig");
}

/* pair_style harmonic/contact takes no arguments. A global cutoff would be meaningless (the cutoff
 * of Eq. (1) is sigma of each pair), and silently ignoring one would hide a mistaken input, so any
 * argument is an error. */
void PairHarmonicContact::settings(int narg, char ** /*arg*/)
{
  if (narg != 0)
    error->all(FLERR,
               std::string("Illegal pair_style harmonic/contact command: it takes no arguments "
                           "(the cutoff of each type pair is its sigma), got ") +
                   std::to_string(narg));
}

/* pair_coeff I J eps sigma, with eps >= 0 and sigma > 0 (both finite). */
void PairHarmonicContact::coeff(int narg, char **arg)
{
  if (narg != 4)
    error->all(FLERR,
               std::string("Incorrect args for pair coefficients: pair_coeff I J eps sigma "
                           "(harmonic/contact) expects 4 arguments, got ") +
                   std::to_string(narg));
  if (!allocated) allocate();

  int ilo, ihi, jlo, jhi;
  utils::bounds(FLERR, arg[0], 1, atom->ntypes, ilo, ihi, error);
  utils::bounds(FLERR, arg[1], 1, atom->ntypes, jlo, jhi, error);

  const double eps_one = utils::numeric(FLERR, arg[2], false, lmp);
  const double sigma_one = utils::numeric(FLERR, arg[3], false, lmp);
  if (!(eps_one >= 0.0) || !std::isfinite(eps_one))
    error->all(FLERR, std::string("pair_coeff harmonic/contact: eps must be finite and >= 0, got ") +
                          arg[2]);
  if (!(sigma_one > 0.0) || !std::isfinite(sigma_one))
    error->all(FLERR, std::string("pair_coeff harmonic/contact: sigma must be finite and > 0, got ") +
                          arg[3]);

  int count = 0;
  for (int i = ilo; i <= ihi; i++) {
    for (int j = (jlo > i ? jlo : i); j <= jhi; j++) {
      epsilon[i][j] = eps_one;
      sigma[i][j] = sigma_one;
      setflag[i][j] = 1;
      count++;
    }
  }
  if (count == 0)
    error->all(FLERR,
               std::string("Incorrect args for pair coefficients: no type pair I <= J in ") +
                   arg[0] + " " + arg[1]);
}

/* Called by Pair::init() for every I <= J after all I I are known to be set. Unset cross pairs are
 * mixed as in lj/cut (mix_energy/mix_distance honour pair_modify mix). Returns the cutoff = sigma. */
double PairHarmonicContact::init_one(int i, int j)
{
  if (setflag[i][j] == 0) {
    epsilon[i][j] = mix_energy(epsilon[i][i], epsilon[j][j], sigma[i][i], sigma[j][j]);
    sigma[i][j] = mix_distance(sigma[i][i], sigma[j][j]);
  }

  sigmainv[i][j] = 1.0 / sigma[i][j];
  epsoversig[i][j] = epsilon[i][j] / sigma[i][j];

  epsilon[j][i] = epsilon[i][j];
  sigma[j][i] = sigma[i][j];
  sigmainv[j][i] = sigmainv[i][j];
  epsoversig[j][i] = epsoversig[i][j];

  // phi and phi' vanish at r = sigma, so there is no energy offset (pair_modify shift is a no-op)
  // and no tail correction.
  return sigma[i][j];
}

/* Restart files: the settings (the mixing rule, so that mixed pairs come out the same after
 * read_restart), then per type pair the setflag and, if set, eps and sigma, as lj/cut does. The
 * settings go through write/read_restart_settings because pair_style hybrid calls only those. */
void PairHarmonicContact::write_restart(FILE *fp)
{
  write_restart_settings(fp);
  for (int i = 1; i <= atom->ntypes; i++)
    for (int j = i; j <= atom->ntypes; j++) {
      fwrite(&setflag[i][j], sizeof(int), 1, fp);
      if (setflag[i][j]) {
        fwrite(&epsilon[i][j], sizeof(double), 1, fp);
        fwrite(&sigma[i][j], sizeof(double), 1, fp);
      }
    }
}

void PairHarmonicContact::read_restart(FILE *fp)
{
  read_restart_settings(fp);
  allocate();
  const int me = comm->me;
  for (int i = 1; i <= atom->ntypes; i++)
    for (int j = i; j <= atom->ntypes; j++) {
      if (me == 0) utils::sfread(FLERR, &setflag[i][j], sizeof(int), 1, fp, nullptr, error);
      MPI_Bcast(&setflag[i][j], 1, MPI_INT, 0, world);
      if (setflag[i][j]) {
        if (me == 0) {
          utils::sfread(FLERR, &epsilon[i][j], sizeof(double), 1, fp, nullptr, error);
          utils::sfread(FLERR, &sigma[i][j], sizeof(double), 1, fp, nullptr, error);
        }
        MPI_Bcast(&epsilon[i][j], 1, MPI_DOUBLE, 0, world);
        MPI_Bcast(&sigma[i][j], 1, MPI_DOUBLE, 0, world);
      }
    }
}

void PairHarmonicContact::write_restart_settings(FILE *fp)
{
  fwrite(&mix_flag, sizeof(int), 1, fp);
}

void PairHarmonicContact::read_restart_settings(FILE *fp)
{
  if (comm->me == 0) utils::sfread(FLERR, &mix_flag, sizeof(int), 1, fp, nullptr, error);
  MPI_Bcast(&mix_flag, 1, MPI_INT, 0, world);
}

/* Data files (write_data): %.17g so that a round trip reproduces the doubles exactly. */
void PairHarmonicContact::write_data(FILE *fp)
{
  for (int i = 1; i <= atom->ntypes; i++)
    fprintf(fp, "%d %.17g %.17g\n", i, epsilon[i][i], sigma[i][i]);
}

void PairHarmonicContact::write_data_all(FILE *fp)
{
  for (int i = 1; i <= atom->ntypes; i++)
    for (int j = i; j <= atom->ntypes; j++)
      fprintf(fp, "%d %d %.17g %.17g\n", i, j, epsilon[i][j], sigma[i][j]);
}

/* One pair at squared distance rsq < sigma^2 (callers such as compute pair/local check the cutoff):
 * returns phi(r) of Eq. (1) and sets fforce = -phi'(r)/r, both times the special-bond weight. */
double PairHarmonicContact::single(int /*i*/, int /*j*/, int itype, int jtype, double rsq,
                                   double /*factor_coul*/, double factor_lj, double &fforce)
{
  const double r = std::sqrt(rsq);
  const double overlap = 1.0 - r * sigmainv[itype][jtype];
  fforce = factor_lj * epsoversig[itype][jtype] * overlap / r;
  return factor_lj * 0.5 * epsilon[itype][jtype] * overlap * overlap;
}

/* For fix adapt and similar: per type pair arrays "epsilon" and "sigma" (dim 2). */
void *PairHarmonicContact::extract(const char *str, int &dim)
{
  dim = 2;
  if (std::strcmp(str, "epsilon") == 0) return (void *) epsilon;
  if (std::strcmp(str, "sigma") == 0) return (void *) sigma;
  return nullptr;
}
