#!/usr/bin/env bash
# Installs the Debian 12 packages that the lab needs to build, test and run.
# Run as root (or with sudo available). Installs only what is missing.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libgl-dev
    libtorch-dev libeigen3-dev libqcustomplot-dev
    libopenblas0-openmp
    xvfb xauth fonts-dejavu-core
    # DejaVu drops the combining dot of a Greek velocity such as theta_dot, and Noto draws it.
    fonts-noto-core
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

run_as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    else
        sudo "$@"
    fi
}

if [ "${#missing[@]}" -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    run_as_root apt-get update -q
    DEBIAN_FRONTEND=noninteractive run_as_root apt-get install -y -q --no-install-recommends \
        "${missing[@]}"
else
    echo "setup: all packages present"
fi

# LibTorch multiplies matrices through whatever libblas.so.3 is selected; the reference
# BLAS makes training about 7 times slower than OpenBLAS.
blas=$(update-alternatives --query libblas.so.3-x86_64-linux-gnu 2>/dev/null \
    | awk '/^Value:/ {print $2}')
echo "setup: libblas.so.3 is ${blas:-unknown}"
