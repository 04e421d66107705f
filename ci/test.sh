#!/usr/bin/env bash
# Installs the Debian packages, builds modekick and runs every test (native, bindings, Java), then the
# MPI checks (prepare, modes, excite and study under mpirun against a 1-process run) and the fuzz cases
# (hostile and careless input through the launcher).
set -euo pipefail
cd "$(dirname "$0")/.."
bash ci/install-packages.sh
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
mvn -B install
bash ci/mpi-test.sh
bash ci/fuzz.sh
