/* Test of pair style harmonic/contact (Eq. (1) of Mizuno, Shimada & Ikeda, PRR 2, 013215 (2020)):
 *     phi(r) = (eps/2) (1 - r/sigma)^2 for r < sigma, 0 otherwise,
 * against an independent O(N^2) minimum-image evaluation of the same formula, done here in long
 * double (x87 extended precision) so that the measured differences are LAMMPS's double rounding.
 *
 * Through the LAMMPS C library API only (plus modekick_native.h). For every case (coefficient
 * set-up x newton_pair on/off) a random 200-atom binary system (atom_style atomic, units lj,
 * orthorhombic periodic box, packing fraction 0.73, so many overlapping contacts) is built, `run 0`
 * is done, and compared:
 *   - total potential energy (compute thermo_pe)                   relative to |E_ref|
 *   - per-atom forces gathered by atom ID                          relative to max_i |F_ref,i|
 *   - virial pressure tensor (compute pressure NULL virial)        relative to max_ab |P_ref,ab|
 *   - per-atom energy (pe/atom) and virial (stress/atom NULL virial), relative to their max
 *   - Pair::single() through compute pair/local (dist eng force), matched to pairs by atom IDs from
 *     compute property/local patom1 patom2; the set of contacts must be exactly the reference set.
 * Every relative error must be <= TOL = 1e-13. A negative control recomputes the reference with sigma
 * scaled by (1 + 1e-10) and requires the same comparison to FAIL, so a wrong formula (a missing
 * factor 1/2, a wrong power, a mixed-up mixing rule, ...) cannot pass. Further: style registration
 * (lammps_has_style, double registration refused, registration lost on `clear`), mixing rules,
 * wildcards, explicit cross coefficients, restart and data-file round trips (bitwise energy).
 *
 * Exit status 0 iff everything passed. LAMMPS errors end the process (no exceptions in this build).
 */

#include "library.h"
#include "modekick_native.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <map>
#include <random>
#include <string>
#include <unistd.h>
#include <utility>
#include <vector>

namespace {

constexpr double TOL = 1e-13;    // max relative error accepted for every quantity
constexpr int N = 200;           // atoms
constexpr double PACKING = 0.73;
constexpr double PI = 3.14159265358979323846;

int failures = 0;
double worst[16] = {0};
const char *worst_name[16] = {"energy",       "forces",       "pressure", "pe/atom",
                              "stress/atom",  "single eng",   "single force",
                              "pair/local dist"};
enum { W_E, W_F, W_P, W_PEA, W_SA, W_SE, W_SF, W_SD, W_COUNT };

std::string sci(double v)
{
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3e", v);
  return buf;
}

void check(bool ok, const std::string &what)
{
  if (!ok) {
    ++failures;
    std::printf("FAIL: %s\n", what.c_str());
  }
}

// Per type pair parameters as the test expects them to be in effect (types 1..2).
struct Coeffs {
  double eps[3][3];
  double sig[3][3];
};

struct Case {
  std::string name;
  std::vector<std::string> commands;    // pair_modify / pair_coeff lines
  Coeffs expect;
};

// The two species: 1 = small, 2 = large (size ratio 1.4 as in the paper's binary mixtures).
constexpr double EPS1 = 1.0, SIG1 = 1.0, EPS2 = 1.7, SIG2 = 1.4;
constexpr double EPS12 = 1.3, SIG12 = 1.25;    // explicit cross values, not any mixing rule's

Coeffs make_coeffs(double e12, double s12)
{
  Coeffs c{};
  c.eps[1][1] = EPS1;
  c.sig[1][1] = SIG1;
  c.eps[2][2] = EPS2;
  c.sig[2][2] = SIG2;
  c.eps[1][2] = c.eps[2][1] = e12;
  c.sig[1][2] = c.sig[2][1] = s12;
  return c;
}

std::vector<Case> cases()
{
  // mixing computed here independently: eps_IJ = sqrt(eps_I eps_J) for geometric and arithmetic,
  // sigma_IJ = sqrt(sigma_I sigma_J) (geometric, LAMMPS's default) or (sigma_I + sigma_J)/2.
  const double emix = std::sqrt(EPS1 * EPS2);
  return {
      {"geometric mixing (default)",
       {"pair_coeff 1 1 1.0 1.0", "pair_coeff 2 2 1.7 1.4"},
       make_coeffs(emix, std::sqrt(SIG1 * SIG2))},
      {"arithmetic mixing",
       {"pair_modify mix arithmetic", "pair_coeff 1 1 1.0 1.0", "pair_coeff 2 2 1.7 1.4"},
       make_coeffs(emix, 0.5 * (SIG1 + SIG2))},
      {"wildcards + explicit cross coefficients",
       {"pair_coeff * * 1.7 1.4", "pair_coeff 1 1* 1.0 1.0", "pair_coeff 1 2 1.3 1.25"},
       make_coeffs(EPS12, SIG12)},
  };
}

struct System {
  double L[3];
  std::vector<int> id, type;
  std::vector<double> x;    // 3N
};

System random_system(unsigned seed)
{
  System s;
  std::mt19937_64 rng(seed);
  s.id.resize(N);
  s.type.resize(N);
  double vsum = 0.0;
  for (int i = 0; i < N; i++) {
    s.id[i] = i + 1;
    s.type[i] = (i % 2) + 1;    // 50:50
    const double d = s.type[i] == 1 ? SIG1 : SIG2;
    vsum += PI / 6.0 * d * d * d;
  }
  // orthorhombic, unequal sides, so that a mixed-up minimum image would show
  const double V = vsum / PACKING;
  const double aspect[3] = {1.0, 1.1, 0.9};
  const double a = std::cbrt(V / (aspect[0] * aspect[1] * aspect[2]));
  for (int k = 0; k < 3; k++) s.L[k] = a * aspect[k];
  std::uniform_real_distribution<double> u(0.0, 1.0);
  s.x.resize(3 * N);
  for (int i = 0; i < N; i++)
    for (int k = 0; k < 3; k++) s.x[3 * i + k] = u(rng) * s.L[k];
  return s;
}

// Brute-force reference, long double, every pair once, minimum image (valid since sigma < L/2).
struct Reference {
  long double energy = 0;
  std::vector<std::array<long double, 3>> f;
  std::array<long double, 6> virial{};    // sum over pairs del_a del_b fpair: xx yy zz xy xz yz
  std::vector<long double> pe;            // per atom: half of each pair energy
  std::vector<std::array<long double, 6>> stress;    // per atom: -1/2 sum del_a del_b fpair
  // contacts keyed by (smaller ID, larger ID): r, phi, fpair
  std::map<std::pair<int, int>, std::array<long double, 3>> contacts;
};

Reference reference(const double L[3], const std::vector<double> &x, const std::vector<int> &type,
                    const Coeffs &c, long double sigma_scale = 1.0L)
{
  Reference ref;
  ref.f.assign(N, {0, 0, 0});
  ref.pe.assign(N, 0);
  ref.stress.assign(N, {0, 0, 0, 0, 0, 0});
  for (int i = 0; i < N; i++)
    for (int j = i + 1; j < N; j++) {
      long double d[3];
      long double rsq = 0;
      for (int k = 0; k < 3; k++) {
        const long double Lk = L[k];
        d[k] = (long double) x[3 * i + k] - (long double) x[3 * j + k];
        d[k] -= Lk * std::nearbyintl(d[k] / Lk);
        rsq += d[k] * d[k];
      }
      const long double eps = c.eps[type[i]][type[j]];
      const long double sig = c.sig[type[i]][type[j]] * sigma_scale;
      if (rsq >= sig * sig) continue;
      const long double r = std::sqrt(rsq);
      const long double phi = eps / 2 * (1 - r / sig) * (1 - r / sig);    // Eq. (1)
      const long double fpair = eps / sig * (1 - r / sig) / r;           // -phi'(r)/r
      ref.energy += phi;
      ref.pe[i] += phi / 2;
      ref.pe[j] += phi / 2;
      for (int k = 0; k < 3; k++) {
        ref.f[i][k] += fpair * d[k];
        ref.f[j][k] -= fpair * d[k];
      }
      const long double w[6] = {d[0] * d[0] * fpair, d[1] * d[1] * fpair, d[2] * d[2] * fpair,
                                d[0] * d[1] * fpair, d[0] * d[2] * fpair, d[1] * d[2] * fpair};
      for (int m = 0; m < 6; m++) {
        ref.virial[m] += w[m];
        ref.stress[i][m] -= w[m] / 2;
        ref.stress[j][m] -= w[m] / 2;
      }
      ref.contacts[{i + 1, j + 1}] = {r, phi, fpair};
    }
  return ref;
}

// What LAMMPS computed, gathered by atom ID.
struct Lammps {
  double energy;
  std::vector<double> x, f;       // 3N, ID order
  std::vector<int> type;          // N, ID order
  std::array<double, 6> pressure; // xx yy zz xy xz yz
  std::vector<double> pe;         // N, ID order
  std::vector<double> stress;     // 6N, ID order
  // compute pair/local + property/local rows: id1, id2, dist, eng, fforce
  std::vector<std::pair<std::pair<int, int>, std::array<double, 3>>> local;
  double volume;
};

void cmd(void *lmp, const std::string &c)
{
  lammps_command(lmp, c.c_str());
}

void *open_lammps()
{
  const char *args[] = {"modekick-test", "-screen", "none", "-log", "none", "-nocite"};
  char **argv = const_cast<char **>(args);
  void *lmp = lammps_open_no_mpi(6, argv, nullptr);
  if (lmp == nullptr) {
    std::printf("FAIL: lammps_open_no_mpi returned NULL\n");
    std::exit(2);
  }
  return lmp;
}

void register_styles(void *lmp)
{
  check(lammps_has_style(lmp, "pair", "harmonic/contact") == 0,
        "harmonic/contact must not exist before registration");
  check(modekick_register_pair_styles(lmp) == 0, "first registration returns 0");
  check(lammps_has_style(lmp, "pair", "harmonic/contact") == 1,
        "lammps_has_style(pair, harmonic/contact) after registration");
  check(modekick_register_pair_styles(lmp) == 1, "second registration is refused with 1");
}

// Box, atoms, pair style and coefficients; computes that make run 0 tally everything we compare.
void setup(void *lmp, const System &s, const Case &c, bool newton)
{
  cmd(lmp, "units lj");
  cmd(lmp, "atom_style atomic");
  cmd(lmp, "atom_modify map array");
  cmd(lmp, newton ? "newton on" : "newton off");
  cmd(lmp, "boundary p p p");
  char buf[256];
  std::snprintf(buf, sizeof buf, "region box block 0 %.17g 0 %.17g 0 %.17g", s.L[0], s.L[1], s.L[2]);
  cmd(lmp, buf);
  cmd(lmp, "create_box 2 box");
  cmd(lmp, "mass * 1.0");
  cmd(lmp, "pair_style harmonic/contact");
  for (const auto &line : c.commands) cmd(lmp, line);
  const int created = lammps_create_atoms(lmp, N, s.id.data(), s.type.data(), s.x.data(), nullptr,
                                          nullptr, 0);
  check(created == N, "lammps_create_atoms created " + std::to_string(created) + " atoms");
}

void add_computes(void *lmp)
{
  cmd(lmp, "neighbor 0.3 bin");
  cmd(lmp, "compute pea all pe/atom");
  cmd(lmp, "compute sa all stress/atom NULL virial");
  cmd(lmp, "compute pv all pressure NULL virial");
  // reductions referenced by thermo make run 0 tally per-atom energy and virial on step 0
  cmd(lmp, "compute spe all reduce sum c_pea");
  cmd(lmp, "compute ssa all reduce sum c_sa[1] c_sa[2] c_sa[3]");
  cmd(lmp, "compute pl all pair/local dist eng force");
  cmd(lmp, "compute ppl all property/local patom1 patom2");
  cmd(lmp, "thermo_style custom step pe press c_pv[1] c_spe c_ssa[1]");
  cmd(lmp, "thermo_modify norm no");
}

Lammps collect(void *lmp)
{
  Lammps out;
  out.energy = *static_cast<double *>(
      lammps_extract_compute(lmp, "thermo_pe", LMP_STYLE_GLOBAL, LMP_TYPE_SCALAR));
  out.x.resize(3 * N);
  out.f.resize(3 * N);
  out.type.resize(N);
  lammps_gather_atoms(lmp, const_cast<char *>("x"), 1, 3, out.x.data());
  lammps_gather_atoms(lmp, const_cast<char *>("f"), 1, 3, out.f.data());
  lammps_gather_atoms(lmp, const_cast<char *>("type"), 0, 1, out.type.data());
  const double *pv = static_cast<double *>(
      lammps_extract_compute(lmp, "pv", LMP_STYLE_GLOBAL, LMP_TYPE_VECTOR));
  for (int m = 0; m < 6; m++) out.pressure[m] = pv[m];

  // per-atom computes: one process, so the local atoms are all atoms; order them by ID
  const int nlocal = *static_cast<int *>(lammps_extract_global(lmp, "nlocal"));
  check(nlocal == N, "one process holds all atoms");
  const int *tag = static_cast<int *>(lammps_extract_atom(lmp, "id"));
  const double *pea = static_cast<double *>(
      lammps_extract_compute(lmp, "pea", LMP_STYLE_ATOM, LMP_TYPE_VECTOR));
  double **sa = static_cast<double **>(
      lammps_extract_compute(lmp, "sa", LMP_STYLE_ATOM, LMP_TYPE_ARRAY));
  out.pe.assign(N, 0);
  out.stress.assign(6 * N, 0);
  for (int i = 0; i < nlocal; i++) {
    out.pe[tag[i] - 1] = pea[i];
    for (int m = 0; m < 6; m++) out.stress[6 * (tag[i] - 1) + m] = sa[i][m];
  }

  // Pair::single() via compute pair/local; IDs of each row from property/local (same loop order)
  double **pl = static_cast<double **>(
      lammps_extract_compute(lmp, "pl", LMP_STYLE_LOCAL, LMP_TYPE_ARRAY));
  const int npl = *static_cast<int *>(
      lammps_extract_compute(lmp, "pl", LMP_STYLE_LOCAL, LMP_SIZE_ROWS));
  double **ppl = static_cast<double **>(
      lammps_extract_compute(lmp, "ppl", LMP_STYLE_LOCAL, LMP_TYPE_ARRAY));
  const int nppl = *static_cast<int *>(
      lammps_extract_compute(lmp, "ppl", LMP_STYLE_LOCAL, LMP_SIZE_ROWS));
  check(npl == nppl, "pair/local and property/local have the same rows (" + std::to_string(npl) +
                         " vs " + std::to_string(nppl) + ")");
  for (int r = 0; r < std::min(npl, nppl); r++) {
    int a = (int) ppl[r][0], b = (int) ppl[r][1];
    if (a > b) std::swap(a, b);
    out.local.push_back({{a, b}, {pl[r][0], pl[r][1], pl[r][2]}});
  }

  const double *boxlo = static_cast<double *>(lammps_extract_global(lmp, "boxlo"));
  const double *boxhi = static_cast<double *>(lammps_extract_global(lmp, "boxhi"));
  out.volume = (boxhi[0] - boxlo[0]) * (boxhi[1] - boxlo[1]) * (boxhi[2] - boxlo[2]);
  return out;
}

// Relative errors of everything LAMMPS computed against a reference; index as W_*.
std::array<double, W_COUNT> errors(const Lammps &got, const Reference &ref, const Coeffs &c,
                                   int *unmatched)
{
  std::array<double, W_COUNT> e{};
  e[W_E] = (double) (std::fabs(got.energy - ref.energy) / std::fabs(ref.energy));

  long double fmax = 0, dfmax = 0;
  for (int i = 0; i < N; i++) {
    long double n2 = 0, d2 = 0;
    for (int k = 0; k < 3; k++) {
      n2 += ref.f[i][k] * ref.f[i][k];
      const long double d = got.f[3 * i + k] - ref.f[i][k];
      d2 += d * d;
    }
    fmax = std::max(fmax, std::sqrt(n2));
    dfmax = std::max(dfmax, std::sqrt(d2));
  }
  e[W_F] = (double) (dfmax / fmax);

  long double pmax = 0, dpmax = 0;
  for (int m = 0; m < 6; m++) {
    const long double p = ref.virial[m] / got.volume;    // lj units: nktv2p = 1
    pmax = std::max(pmax, std::fabs(p));
    dpmax = std::max(dpmax, std::fabs(got.pressure[m] - p));
  }
  e[W_P] = (double) (dpmax / pmax);

  long double emax = 0, demax = 0, smax = 0, dsmax = 0;
  for (int i = 0; i < N; i++) {
    emax = std::max(emax, std::fabs(ref.pe[i]));
    demax = std::max(demax, std::fabs(got.pe[i] - ref.pe[i]));
    for (int m = 0; m < 6; m++) {
      smax = std::max(smax, std::fabs(ref.stress[i][m]));
      dsmax = std::max(dsmax, std::fabs(got.stress[6 * i + m] - ref.stress[i][m]));
    }
  }
  e[W_PEA] = (double) (demax / emax);
  e[W_SA] = (double) (dsmax / smax);

  // single(): compute pair/local reports eng = phi and force = fforce * r = -phi'(r) (the force
  // magnitude), as functions of the dist it reports; compared with Eq. (1) at that dist; and the
  // dist itself against the reference geometry
  long double phimax = 0, fpmax = 0, dphi = 0, dfp = 0, ddist = 0;
  *unmatched = 0;
  std::map<std::pair<int, int>, int> seen;
  for (const auto &row : got.local) {
    auto it = ref.contacts.find(row.first);
    if (it == ref.contacts.end() || seen[row.first]++ > 0) {
      ++*unmatched;
      continue;
    }
    const int ti = got.type[row.first.first - 1], tj = got.type[row.first.second - 1];
    const long double eps = c.eps[ti][tj], sig = c.sig[ti][tj];
    const long double r = row.second[0];
    const long double phi = eps / 2 * (1 - r / sig) * (1 - r / sig);
    const long double fmag = eps / sig * (1 - r / sig);    // -phi'(r)
    phimax = std::max(phimax, std::fabs(it->second[1]));
    fpmax = std::max(fpmax, std::fabs(it->second[2] * it->second[0]));
    dphi = std::max(dphi, std::fabs(row.second[1] - phi));
    dfp = std::max(dfp, std::fabs(row.second[2] - fmag));
    ddist = std::max(ddist, std::fabs(r - it->second[0]) / it->second[0]);
  }
  if (got.local.size() != ref.contacts.size()) *unmatched += 1;
  e[W_SE] = phimax > 0 ? (double) (dphi / phimax) : 1.0;
  e[W_SF] = fpmax > 0 ? (double) (dfp / fpmax) : 1.0;
  e[W_SD] = (double) ddist;
  return e;
}

void run_case(const Case &c, bool newton, unsigned seed)
{
  const std::string label = c.name + (newton ? ", newton on" : ", newton off");
  const System s = random_system(seed);
  double sigmax = 0;
  for (int a = 1; a <= 2; a++)
    for (int b = 1; b <= 2; b++) sigmax = std::max(sigmax, c.expect.sig[a][b]);
  check(sigmax < 0.5 * std::min({s.L[0], s.L[1], s.L[2]}), "minimum image is unique");

  void *lmp = open_lammps();
  register_styles(lmp);
  setup(lmp, s, c, newton);
  add_computes(lmp);
  cmd(lmp, "run 0");

  const Lammps got = collect(lmp);
  check(got.type == s.type, label + ": types by ID");
  // positions after run 0 are the ones given (inside the box, no re-wrapping); use LAMMPS's anyway
  const Reference ref = reference(s.L, got.x, got.type, c.expect);
  int unmatched = 0;
  const auto e = errors(got, ref, c.expect, &unmatched);
  std::printf("%-50s contacts %zu  E %.6e  max|F| %.3e\n", label.c_str(), ref.contacts.size(),
              (double) ref.energy, 0.0 + [&] {
                long double m = 0;
                for (const auto &fi : ref.f)
                  m = std::max(m, std::sqrt(fi[0] * fi[0] + fi[1] * fi[1] + fi[2] * fi[2]));
                return (double) m;
              }());
  for (int w = 0; w < W_COUNT; w++) {
    std::printf("    %-16s rel. error %.3e\n", worst_name[w], e[w]);
    worst[w] = std::max(worst[w], e[w]);
    check(e[w] <= TOL, label + ": " + worst_name[w] + " relative error " + sci(e[w]) +
                           " > tolerance");
  }
  check(unmatched == 0, label + ": pair/local rows do not match the reference contacts one to one (" +
                            std::to_string(unmatched) + ")");
  check(ref.contacts.size() > (size_t) N, label + ": the system has many contacts");

  // Negative control: the same comparison against a slightly wrong formula must fail.
  const Reference wrong = reference(s.L, got.x, got.type, c.expect, 1.0L + 1e-10L);
  int dummy = 0;
  const auto ew = errors(got, wrong, c.expect, &dummy);
  check(ew[W_E] > TOL && ew[W_F] > TOL && ew[W_P] > TOL && ew[W_PEA] > TOL && ew[W_SA] > TOL,
        label + ": negative control (sigma * (1 + 1e-10)) was not detected");

  lammps_close(lmp);
}

// compute() has three paths (forces only; forces and the global energy summed inline; ev_tally per pair,
// see pair_harmonic_contact.cpp). On one system, each path is forced by what thermo asks for on step 0:
// the forces, the energy and the f.r virial pressure must be bitwise those of the ev_tally path.
void paths_agree(const Case &c, bool newton, unsigned seed)
{
  const std::string label = c.name + (newton ? ", newton on" : ", newton off") + ": paths";
  const System s = random_system(seed);
  struct Run {
    double energy = 0, press = 0;
    std::vector<double> f;
  };
  auto run = [&](const std::vector<std::string> &extra, bool thermo) {
    void *lmp = open_lammps();
    modekick_register_pair_styles(lmp);
    setup(lmp, s, c, newton);
    cmd(lmp, "neighbor 0.3 bin");
    for (const auto &line : extra) cmd(lmp, line);
    cmd(lmp, "thermo_modify norm no");
    cmd(lmp, "run 0");
    Run r;
    if (thermo) {
      r.energy = lammps_get_thermo(lmp, "pe");
      r.press = lammps_get_thermo(lmp, "press");
    }
    r.f.resize(3 * N);
    lammps_gather_atoms(lmp, const_cast<char *>("f"), 1, 3, r.f.data());
    lammps_close(lmp);
    return r;
  };
  // per-atom energy and virial requested: ev_tally for every pair
  const Run tally = run({"compute pea all pe/atom", "compute sa all stress/atom NULL virial",
                         "compute spe all reduce sum c_pea", "compute ssa all reduce sum c_sa[1]",
                         "thermo_style custom step pe press c_spe c_ssa"}, true);
  const Run energy = run({"thermo_style custom step pe press"}, true);    // global energy, f.r virial
  const Run forces = run({"thermo_style custom step"}, false);            // neither energy nor virial
  check(std::memcmp(&tally.energy, &energy.energy, sizeof(double)) == 0,
        label + ": energy of the inline sum " + sci(energy.energy) + " != ev_tally's " + sci(tally.energy));
  check(std::memcmp(&tally.press, &energy.press, sizeof(double)) == 0,
        label + ": pressure " + sci(energy.press) + " != " + sci(tally.press));
  check(tally.f == energy.f, label + ": forces of the energy-only path differ from ev_tally's");
  check(tally.f == forces.f, label + ": forces of the forces-only path differ from ev_tally's");
  check(tally.energy != 0 && tally.press != 0, label + ": the system has contacts");
  std::printf("%-50s E %.17g  P %.17g: bitwise equal\n", label.c_str(), tally.energy, tally.press);
}

std::string temp_dir()
{
  char tmpl[] = "/tmp/modekick-native-test-XXXXXX";
  const char *d = mkdtemp(tmpl);
  if (d == nullptr) {
    std::printf("FAIL: mkdtemp\n");
    std::exit(2);
  }
  return d;
}

// write_restart/read_restart and write_data/read_data keep coefficients (incl. the mixing rule)
// exactly: the energy after reading back is bitwise the same. Also: `clear` drops registration.
void round_trips()
{
  const std::string dir = temp_dir();
  const std::string restart = dir + "/state.restart", data = dir + "/state.data";
  const System s = random_system(99);
  const Case c = cases()[1];    // arithmetic mixing: the rule must survive the restart

  void *lmp = open_lammps();
  register_styles(lmp);
  setup(lmp, s, c, true);
  cmd(lmp, "thermo_style custom step pe");
  cmd(lmp, "thermo_modify norm no");
  cmd(lmp, "run 0");
  const double e0 =
      *static_cast<double *>(lammps_extract_compute(lmp, "thermo_pe", LMP_STYLE_GLOBAL, LMP_TYPE_SCALAR));
  cmd(lmp, "write_restart " + restart);
  cmd(lmp, "write_data " + data + " pair ij");

  // `clear` builds a new Force and with it a new pair-style registry
  cmd(lmp, "clear");
  check(lammps_has_style(lmp, "pair", "harmonic/contact") == 0,
        "after clear the style is no longer registered (documented: register again)");
  check(modekick_register_pair_styles(lmp) == 0, "re-registration after clear returns 0");
  cmd(lmp, "read_restart " + restart);
  cmd(lmp, "thermo_style custom step pe");
  cmd(lmp, "thermo_modify norm no");
  cmd(lmp, "run 0");
  const double e1 =
      *static_cast<double *>(lammps_extract_compute(lmp, "thermo_pe", LMP_STYLE_GLOBAL, LMP_TYPE_SCALAR));
  check(e1 == e0, "restart round trip changed the energy");
  lammps_close(lmp);

  lmp = open_lammps();
  register_styles(lmp);
  cmd(lmp, "units lj");
  cmd(lmp, "atom_style atomic");
  cmd(lmp, "pair_style harmonic/contact");
  cmd(lmp, "read_data " + data);
  cmd(lmp, "thermo_style custom step pe");
  cmd(lmp, "thermo_modify norm no");
  cmd(lmp, "run 0");
  const double e2 =
      *static_cast<double *>(lammps_extract_compute(lmp, "thermo_pe", LMP_STYLE_GLOBAL, LMP_TYPE_SCALAR));
  check(e2 == e0, "data file round trip changed the energy");
  std::printf("round trips (arithmetic mixing): E %.17g, after read_restart %.17g, after read_data "
              "%.17g\n", e0, e1, e2);
  lammps_close(lmp);

  std::remove(restart.c_str());
  std::remove(data.c_str());
  rmdir(dir.c_str());
}

}    // namespace

int main()
{
  std::printf("%s\n", modekick_native_version());
  check(modekick_native_sizeof_bigint() == 8 && modekick_native_sizeof_tagint() == 4 &&
            modekick_native_sizeof_imageint() == 4,
        "compiled with LAMMPS_SMALLBIG sizes");

  {
    void *lmp = open_lammps();
    check(lammps_extract_setting(lmp, "bigint") == modekick_native_sizeof_bigint(), "bigint size");
    check(lammps_extract_setting(lmp, "tagint") == modekick_native_sizeof_tagint(), "tagint size");
    check(lammps_extract_setting(lmp, "imageint") == modekick_native_sizeof_imageint(),
          "imageint size");
    check(modekick_register_pair_styles(nullptr) == 2, "NULL handle is refused with 2");
    lammps_close(lmp);
  }

  unsigned seed = 1;
  for (const Case &c : cases())
    for (bool newton : {true, false}) run_case(c, newton, seed++);
  for (const Case &c : cases())
    for (bool newton : {true, false}) paths_agree(c, newton, seed++);
  round_trips();

  std::printf("worst relative errors over all cases (tolerance %.0e):\n", TOL);
  for (int w = 0; w < W_COUNT; w++) std::printf("    %-16s %.3e\n", worst_name[w], worst[w]);
  lammps_mpi_finalize();    // MPI was initialised by the first lammps_open_no_mpi
  if (failures) {
    std::printf("%d check(s) FAILED\n", failures);
    return 1;
  }
  std::printf("all checks passed\n");
  return 0;
}
