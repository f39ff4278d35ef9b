#!/usr/bin/env bash
# Derives the committed post classifier (marsad-core/.../hate/hate-model.bin and its provenance)
# from HateXplain in ../shared/data/hatexplain_partial. Deterministic: the same data give the same
# bytes. Takes a few minutes on two cores, most of it embedding 17,000 posts.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./marsad train hate --data "${1:-../shared/data/hatexplain_partial}"
./marsad eval hate --data "${1:-../shared/data/hatexplain_partial}" --split test
