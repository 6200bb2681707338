#!/usr/bin/env bash
# Install the Debian packages that tests use for real, when they are missing:
# - pre-commit (test/pre-commit.test.ts installs evidence-lint's hook in a temporary repository);
# - parallel (GNU parallel: test/bulk-parallel.test.ts runs docs/bulk.md's recipe);
# - neovim (test/neovim.test.ts runs the configuration of docs/editors.md headless);
# - unzip (test/vscode-vsix.test.ts unpacks the VS Code extension's .vsix).
# Safe to run again; does nothing when everything is there. Needs root (or sudo) to install.
set -euo pipefail

missing=()
command -v pre-commit >/dev/null 2>&1 || missing+=(pre-commit)
command -v git >/dev/null 2>&1 || missing+=(git)
command -v parallel >/dev/null 2>&1 || missing+=(parallel)
command -v nvim >/dev/null 2>&1 || missing+=(neovim)
command -v unzip >/dev/null 2>&1 || missing+=(unzip)

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
  else
    echo "install-debian.sh: need root to install ${missing[*]}; the tests that use them will be skipped" >&2
    exit 0
  fi
fi

export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
