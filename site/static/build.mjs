// Builds site/static/dist/postwise from npm packages and our sources. Run by `make frontend`.
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as sass from "sass";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const out = join(here, "dist", "postwise");
const govuk = join(dirname(require.resolve("govuk-frontend/package.json")), "dist", "govuk");

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const css = sass.compile(join(here, "src", "postwise.scss"), {
  style: "compressed",
  importers: [new sass.NodePackageImporter()],
  quietDeps: true,
  silenceDeprecations: ["import"],
});
writeFileSync(join(out, "postwise.css"), css.css);

cpSync(join(govuk, "govuk-frontend.min.js"), join(out, "govuk-frontend.min.js"));
cpSync(join(govuk, "assets", "images"), join(out, "assets", "images"), { recursive: true });
cpSync(join(govuk, "assets", "manifest.json"), join(out, "assets", "manifest.json"));
cpSync(join(here, "src", "postwise.js"), join(out, "postwise.js"));
cpSync(join(here, "src", "js-enabled.js"), join(out, "js-enabled.js"));
cpSync(join(here, "src", "mentions.js"), join(out, "mentions.js"));
cpSync(join(here, "src", "forum-reply.js"), join(out, "forum-reply.js"));
cpSync(join(here, "src", "time-warning.js"), join(out, "time-warning.js"));
cpSync(join(here, "src", "postcheck.js"), join(out, "postcheck.js"));
cpSync(join(here, "src", "opinion-line.js"), join(out, "opinion-line.js"));
cpSync(join(here, "src", "workshop-live.js"), join(out, "workshop-live.js"));
const autocomplete = join(dirname(require.resolve("accessible-autocomplete/package.json")), "dist");
cpSync(join(autocomplete, "accessible-autocomplete.min.js"), join(out, "accessible-autocomplete.min.js"));
cpSync(join(autocomplete, "accessible-autocomplete.min.css"), join(out, "accessible-autocomplete.min.css"));
// Their source maps too: the files name them, and production's collectstatic (a manifest of hashed names)
// fails on a reference to a missing file.
cpSync(join(autocomplete, "accessible-autocomplete.min.js.map"), join(out, "accessible-autocomplete.min.js.map"));
cpSync(join(autocomplete, "accessible-autocomplete.min.css.map"), join(out, "accessible-autocomplete.min.css.map"));
console.log(`Built front end into ${out}`);
