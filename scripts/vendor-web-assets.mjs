// Copies the front-end files the web app and the static briefing need from node_modules into
// src/newsdossier/web/static/vendor, so that the Python package runs offline with no npm at run time.
// Run with `npm ci && npm run vendor` after changing a version in package.json.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const nm = join(root, "node_modules");
const dest = join(root, "src", "newsdossier", "web", "static", "vendor");

const files = {
  "leaflet/dist/leaflet.js": "leaflet/leaflet.js",
  "leaflet/dist/leaflet.css": "leaflet/leaflet.css",
  "leaflet/dist/images": "leaflet/images",
  "leaflet/LICENSE": "leaflet/LICENSE",
  "topojson-client/dist/topojson-client.min.js": "topojson-client/topojson-client.min.js",
  "topojson-client/LICENSE": "topojson-client/LICENSE",
  "world-atlas/countries-50m.json": "world-atlas/countries-50m.json",
  "world-atlas/land-110m.json": "world-atlas/land-110m.json",
  "world-atlas/LICENSE": "world-atlas/LICENSE",
};

rmSync(dest, { recursive: true, force: true });
const versions = {};
for (const [from, to] of Object.entries(files)) {
  mkdirSync(dirname(join(dest, to)), { recursive: true });
  cpSync(join(nm, from), join(dest, to), { recursive: true });
  const pkg = from.split("/")[0];
  versions[pkg] = JSON.parse(readFileSync(join(nm, pkg, "package.json"), "utf8")).version;
}
writeFileSync(join(dest, "VERSIONS.json"), JSON.stringify(versions, null, 2) + "\n");
console.log(`vendored into ${dest}:`, versions);
