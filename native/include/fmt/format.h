/* Minimal stand-in for <fmt/format.h>, for compiling code against the Debian liblammps-dev headers.
 *
 * Why: LAMMPS 29 Sep 2021 (Debian liblammps-dev) installs pointers.h, utils.h and error.h, which
 * include "fmt/format.h", but the package does not ship that header. The library itself bundles
 * fmt v7 in its own namespace (fmt::v7_lmp, visible with `nm -DC liblammps.so.0 | grep fmt`), and
 * Debian's libfmt-dev (v9) is a different, incompatible version, so neither can be used.
 *
 * What the LAMMPS headers need from fmt is only:
 *   - the names fmt::string_view and fmt::format_args, as parameter types in declarations of
 *     Error::_all/_one/_warning/_message and utils::fmtargs_logmesg (never called by our code);
 *   - a function template fmt::make_args_checked, named in the bodies of the variadic templates
 *     Error::all/one/warning/message(file, line, format, args...) and utils::logmesg(lmp, format,
 *     args...). Those bodies are only checked for the template name unless instantiated.
 *
 * So the types stay incomplete, and instantiating make_args_checked (i.e. calling a fmt-style
 * overload such as error->all(FLERR, "literal") or error->all(FLERR, "{}", x)) fails at compile
 * time with the message below instead of producing objects that reference fmt::v7_lmp symbols the
 * stub cannot match. Our code calls the plain overloads that take a std::string, which are real
 * exported functions of liblammps:   error->all(FLERR, std::string("...") + ...).
 * The Makefile links with -Wl,--no-undefined so that any stray reference fails at build time.
 */
#ifndef MODEKICK_FMT_FORMAT_STUB_H
#define MODEKICK_FMT_FORMAT_STUB_H

#include <string>

namespace fmt {

class string_view;    // incomplete on purpose: see above
class format_args;    // incomplete on purpose: see above

// Named (never defined) by the LAMMPS templates; instantiating it trips the static_assert.
template <typename S> struct modekick_fmt_unavailable {
  static_assert(sizeof(S) == 0,
                "modekick: fmt-style LAMMPS calls (error->all(FLERR, \"literal\"), "
                "utils::logmesg with format args) are unavailable: the Debian liblammps-dev "
                "package lacks the fmt headers. Pass a std::string instead.");
  using type = format_args;
};

template <typename... Args, typename S>
typename modekick_fmt_unavailable<S>::type make_args_checked(const S &, const Args &...);

}    // namespace fmt

#endif
