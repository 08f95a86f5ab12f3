# Functions shared by the scripts/check-*.sh quality gates. Source this file, do not run it.

# Installs the Debian packages among the arguments that are missing (apt-get, as root or
# through sudo). CI is a fresh Debian 12 machine, so every gate installs its own tools.
lab_install_packages() {
    local missing=() package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"
        then
            missing+=("$package")
        fi
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi

    echo "check: installing ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends \
        "${missing[@]}"
}

# Prints the project's C++ sources under the given folders, tracked or new but not ignored,
# one per line. The gates' deliberately bad samples in tests/gates/ are left out.
lab_list_sources() {
    git ls-files --cached --others --exclude-standard -- "$@" \
        | grep -E '\.(cpp|h)$' \
        | grep -Ev '^tests/gates/bad_' \
        | sort -u
}
