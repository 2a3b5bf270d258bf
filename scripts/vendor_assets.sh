#!/usr/bin/env bash
# Fetch the pinned JS/CSS that geomap inlines into its maps, ONCE, with npm, into a temp dir,
# and copy the files the map needs into geomap/maps/assets/ with a MANIFEST.json (package, version,
# licence, sha256). geomap never fetches anything at run time; run this only to change a pin.
#
#   scripts/vendor_assets.sh            # needs npm and the npm registry
set -euo pipefail
cd "$(dirname "$0")/.."
DEST=geomap/maps/assets
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# package@version  ->  files to keep (paths inside the package)
PINS=(
  "leaflet@1.9.3 dist/leaflet.js dist/leaflet.css dist/images/layers.png dist/images/layers-2x.png dist/images/marker-icon.png dist/images/marker-icon-2x.png dist/images/marker-shadow.png"
  "jquery@3.7.1 dist/jquery.min.js"
  "bootstrap@5.2.2 dist/js/bootstrap.bundle.min.js dist/css/bootstrap.min.css"
  "drmonty-leaflet-awesome-markers@2.0.2 js/leaflet.awesome-markers.min.js css/leaflet.awesome-markers.css css/images/markers-soft.png css/images/markers-soft@2x.png css/images/markers-shadow.png css/images/markers-shadow@2x.png"
  "@fortawesome/fontawesome-free@6.2.0 css/fontawesome.min.css css/solid.min.css webfonts/fa-solid-900.woff2"
  "leaflet-measure@2.1.7 dist/leaflet-measure.min.js dist/leaflet-measure.css dist/images"
  "leaflet.markercluster@1.1.0 dist/leaflet.markercluster.js dist/MarkerCluster.css dist/MarkerCluster.Default.css"
)

rm -rf "$DEST"
mkdir -p "$DEST"
for pin in "${PINS[@]}"; do
  read -r spec files <<<"$pin"
  name=${spec%@*}
  ( cd "$TMP" && npm pack --silent "$spec" >/dev/null )
  tgz=$(ls "$TMP"/*.tgz)
  mkdir -p "$TMP/x" && tar --warning=no-unknown-keyword -xzf "$tgz" -C "$TMP/x"
  short=${name##*/}
  for f in $files; do
    mkdir -p "$DEST/$short/$(dirname "$f")"
    cp -r "$TMP/x/package/$f" "$DEST/$short/$f"
  done
  # the licence text travels with the files (its name differs between packages)
  for lic in "$TMP"/x/package/LICEN[CS]E* "$TMP"/x/package/*-LICEN[CS]E*; do [ -f "$lic" ] && cp "$lic" "$DEST/$short/"; done
  license=$(node -p "const p = require('$TMP/x/package/package.json'); p.license || (p.licenses || []).map(l => l.type).join('/') || 'UNKNOWN'")
  printf '%s\t%s\t%s\t%s\n' "$name" "${spec##*@}" "$license" "$short" >>"$TMP/pins.txt"
  rm -rf "$TMP/x" "$tgz"
done

python3 - "$DEST" "$TMP/pins.txt" <<'PY'
import hashlib, json, pathlib, sys
dest, pins = pathlib.Path(sys.argv[1]), sys.argv[2]
out = []
for line in open(pins, encoding="utf-8"):
    name, version, licence, short = line.rstrip("\n").split("\t")
    files = {
        str(p.relative_to(dest / short)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted((dest / short).rglob("*")) if p.is_file()
    }
    out.append({"package": name, "version": version, "licence": licence, "dir": short,
                "source": f"npm:{name}@{version}", "files": files})
(dest / "MANIFEST.json").write_text(json.dumps(out, indent=2, sort_keys=True) + "\n", encoding="utf-8")
PY
echo "vendored into $DEST"
