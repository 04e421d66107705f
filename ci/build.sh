#!/usr/bin/env bash
# Installs the Debian packages and builds modekick without running the tests: java/target/modekick.
set -euo pipefail
cd "$(dirname "$0")/.."
bash ci/install-packages.sh
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
mvn -B -q install -DskipTests
