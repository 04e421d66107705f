/* C entry points of libmodekick-native.so; see modekick_native.h. */

#include "modekick_native.h"

#include "force.h"
#include "lammps.h"
#include "lmptype.h"
#include "pair.h"
#include "pair_harmonic_contact.h"

using namespace LAMMPS_NS;

#ifndef MODEKICK_NATIVE_VERSION
#define MODEKICK_NATIVE_VERSION "0.1.0"
#endif

namespace {

// Same signature as Force::PairCreator (Force's own pair_creator<T> template is private).
Pair *create_harmonic_contact(LAMMPS *lmp)
{
  return new PairHarmonicContact(lmp);
}

}    // namespace

extern "C" int modekick_register_pair_styles(void *handle)
{
  LAMMPS *lmp = static_cast<LAMMPS *>(handle);
  if (lmp == nullptr || lmp->force == nullptr || lmp->force->pair_map == nullptr) return 2;

  // Force::pair_map is the std::map<std::string, PairCreator> that Force::new_pair() consults for
  // `pair_style NAME` (and Info::has_style for lammps_has_style). LAMMPS's plugin loader registers
  // styles the same way; without the PLUGIN package we do it directly.
  Force::PairCreatorMap &map = *lmp->force->pair_map;
  if (map.count(PairHarmonicContact::STYLE_NAME) != 0) return 1;
  map[PairHarmonicContact::STYLE_NAME] = &create_harmonic_contact;
  return 0;
}

extern "C" int modekick_native_sizeof_bigint(void)
{
  return static_cast<int>(sizeof(bigint));
}

extern "C" int modekick_native_sizeof_tagint(void)
{
  return static_cast<int>(sizeof(tagint));
}

extern "C" int modekick_native_sizeof_imageint(void)
{
  return static_cast<int>(sizeof(imageint));
}

extern "C" double modekick_pair_cutoff(void *handle)
{
  LAMMPS *lmp = static_cast<LAMMPS *>(handle);
  if (lmp == nullptr || lmp->force == nullptr || lmp->force->pair == nullptr) return -1.0;
  return lmp->force->pair->cutforce;
}

extern "C" const char *modekick_native_version(void)
{
  return "modekick-native " MODEKICK_NATIVE_VERSION
         " (pair harmonic/contact; LAMMPS 29 Sep 2021 API, LAMMPS_SMALLBIG)";
}
