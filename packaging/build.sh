#!/usr/bin/env bash
# Builds a one-folder desktop bundle in dist/rednote-studio (about 30 s).
set -euo pipefail
cd "$(dirname "$0")/.."
uv run --with pyinstaller pyinstaller --noconfirm --clean packaging/rednote-studio.spec
echo "bundle: dist/rednote-studio/rednote-studio"
