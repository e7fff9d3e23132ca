#!/usr/bin/env bash
# fetch-ftm-schema.sh — copies the FollowTheMoney schemata the FtM export test validates against into the repository.
#
#   tools/ftm-schema/fetch-ftm-schema.sh [OUT_DIR]
#
# Source: the npm package @alephdata/followthemoney (pinned below; MIT, Journalism Development Network), whose
# dist/defaultModel.json is FtM's published model (the schema YAML files compiled to JSON: every schema with its
# properties, types, ranges and required properties, and every property type). This script takes the schemata the export
# uses, with the ones they extend, each unchanged into its own file, plus the property types (types.json) and the
# licence. OUT_DIR defaults to tests/MilitiaAtlas.Atlas.Tests/Export/FtmSchema. Needs npm, tar and node; nothing is
# installed under the repository. Run it again after changing PACKAGE or SCHEMATA, and review the diff.
set -euo pipefail
cd "$(dirname "$0")/../.."

PACKAGE=@alephdata/followthemoney@3.8.4
# What the export writes (docs/export-format.md, "FollowTheMoney") and what those schemata extend.
SCHEMATA=(Person Organization Address Article Event Membership Directorship UnknownLink Documentation
          Thing LegalEntity Document Analyzable Interval Interest)
out=${1:-tests/MilitiaAtlas.Atlas.Tests/Export/FtmSchema}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$PACKAGE" >/dev/null && tar xzf ./*.tgz)

mkdir -p "$out"
node - "$work/package" "$out" "$PACKAGE" "${SCHEMATA[@]}" <<'JS'
const fs = require('fs');
const path = require('path');
const [pkgDir, out, pkg, ...names] = process.argv.slice(2);
const model = JSON.parse(fs.readFileSync(path.join(pkgDir, 'dist', 'defaultModel.json'), 'utf8'));
const version = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;
if (`@alephdata/followthemoney@${version}` !== pkg) {
  console.error(`unpacked ${version}, pinned ${pkg}`);
  process.exit(1);
}
const wanted = new Set(names);
for (const name of names) {
  const schema = model.schemata[name];
  if (!schema) { console.error(`no schema ${name} in ${pkg}`); process.exit(1); }
  for (const parent of schema.extends ?? []) {
    if (!wanted.has(parent)) { console.error(`${name} extends ${parent}, which is not in SCHEMATA`); process.exit(1); }
  }
  fs.writeFileSync(path.join(out, `${name}.json`), JSON.stringify(schema, null, 2) + '\n');
}
fs.writeFileSync(path.join(out, 'types.json'), JSON.stringify(model.types, null, 2) + '\n');
fs.copyFileSync(path.join(pkgDir, 'LICENSE'), path.join(out, 'LICENSE'));
fs.writeFileSync(path.join(out, 'README.md'),
  `# FollowTheMoney schemata (copied, unchanged)\n\n` +
  `From the npm package ${pkg} (dist/defaultModel.json), MIT licence (LICENSE beside this file). ` +
  `One file per schema, as published, and types.json (the property types). Written by tools/ftm-schema/fetch-ftm-schema.sh; ` +
  `read by FtmExportTests, which checks the FtM export against them.\n`);
console.error(`wrote ${names.length} schemata, types.json and LICENSE to ${out}`);
JS
