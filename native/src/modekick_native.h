/* C entry points of libmodekick-native.so, called from Java through FFM (the bindings are checked
 * against this header). All functions have C linkage and use only C types.
 *
 * The library adds pair styles that the Debian LAMMPS build (29 Sep 2021 Update 2) lacks, by
 * inserting their creators into a running instance's pair-style registry, as LAMMPS's own plugin
 * loader does (this build has no PLUGIN package). The registry belongs to one LAMMPS instance and is
 * rebuilt by the `clear` command, so register once per instance (per MPI rank) and again after each
 * `clear`, before any `pair_style harmonic/contact` command.
 */
#ifndef MODEKICK_NATIVE_H
#define MODEKICK_NATIVE_H

#ifdef __cplusplus
extern "C" {
#endif

/* Registers every modekick pair style (currently "harmonic/contact", Eq. (1) of Mizuno, Shimada &
 * Ikeda, PRR 2, 013215 (2020)) into the LAMMPS instance `lmp` (the handle from lammps_open*).
 * Returns 0 on success; 1 if a style of that name is already registered (nothing is changed);
 * 2 if lmp or its Force/pair registry is NULL. */
int modekick_register_pair_styles(void *lmp);

/* sizeof(bigint), sizeof(tagint), sizeof(imageint) as this library was compiled (LAMMPS_SMALLBIG:
 * 8, 4, 4). Compare with lammps_extract_setting(lmp, "bigint"/"tagint"/"imageint") before use: a
 * mismatch means the pair style would misread LAMMPS's data. */
int modekick_native_sizeof_bigint(void);
int modekick_native_sizeof_tagint(void);
int modekick_native_sizeof_imageint(void);

/* The force cutoff of the instance's pair style (Pair::cutforce, the largest over type pairs), in
 * LAMMPS's distance units: beyond it no pair of atoms interacts directly. Pair::init sets it, so it is
 * meaningful only after a run or minimize has set the system up (before, this LAMMPS leaves it
 * uninitialised). Returns -1 if lmp is NULL or no pair style is defined. */
double modekick_pair_cutoff(void *lmp);

/* A static, NUL-terminated version string of this library. */
const char *modekick_native_version(void);

#ifdef __cplusplus
}
#endif

#endif
