/**
 * modekick's own native library ({@code native/src/modekick_native.h}, {@code libmodekick-native.so}):
 * pair-style registration and the LAMMPS integer sizes it was compiled with.
 * Class {@link org.modekick.bindings.modekick.modekick_native_h}.
 */
package org.modekick.bindings.modekick;
