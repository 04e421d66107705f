#!/usr/bin/env bash
# Installs the Debian packages modekick builds and runs with (as root, or through sudo).
set -euo pipefail
packages=(
  liblammps0 liblammps-dev lammps            # LAMMPS 29 Sep 2021 C library, headers, lmp executable
  libpetsc-real-dev libslepc-real-dev        # PETSc/SLEPc 3.18 with MUMPS
  openmpi-bin libopenmpi-dev                 # OpenMPI 4.1: mpirun, libmpi, mpicc/mpicxx
  g++ make maven
  libopenblas0-pthread                       # optimised BLAS for MUMPS (and scipy in the eigsh baseline)
  libopenblas-pthread-dev                    # its cblas.h, for the binding of its thread control
  python3-numpy python3-scipy                # reading .npy in tests, the eigsh benchmark baseline
  chromium fonts-dejavu-core                 # headless rendering test of report.html; fonts for the figures
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
if [ ! -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  echo "modekick needs a JDK 25 at /usr/lib/jvm/temurin-25-jdk-amd64 (or set JAVA_HOME to one)" >&2
  [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] || exit 1
fi
