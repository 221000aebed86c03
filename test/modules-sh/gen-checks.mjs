// Turns record-nix.sh's records into harness calls (a vitest file's body):
//   test/modules-sh/record-nix.sh 441 871 | node test/modules-sh/gen-checks.mjs 441 871 > test/modules-sh/part2.test.ts
// Nothing is written by hand: an output check expects Nix's --json output; an error
// check expects Nix's message as the harness compares it (see harness.ts): without
// `error: `, the continuation indent, the source excerpt and `(use '--show-trace' …)`,
// with `<lib>/tests/modules/<stem>.nix` written `modules/<stem>.ts`. For an
// ABORT_ON_WARN=1 check, Nix 2.8 only printed the warning (it has no abort-on-warn):
// its text is the expected message. A checkExpression (an expression file that must
// evaluate without an error) becomes a call of its port's default export, which must
// not throw. Lines listed in SKIPPED.md are left out.
// With `--ported-only` (after the range), a check using a module file not yet under
// modules/ is left out too, and its line is listed in the generated file's header.
import fs from "node:fs";

const records = fs.readFileSync(0, "utf8").trim().split("\n").map((l) => JSON.parse(l));
const skipped = new Set([...fs.readFileSync(new URL("./SKIPPED.md", import.meta.url), "utf8").matchAll(/modules\.sh:(\d+)/g)].map((m) => Number(m[1])));

const mapPaths = (s) => s.replaceAll(/\/[^\s`'"]*\/tests\/modules\/([A-Za-z0-9_/.-]+?)\.nix/g, "modules/$1.ts");

function message(err) {
  let lines = err
    .trimEnd()
    .split("\n")
    .filter((l) => !l.startsWith("warning: unknown setting") && !l.startsWith("(use '--show-trace'"));
  lines = lines.map((l, i) => (i === 0 ? l.replace(/^error: /, "").replace(/^trace: evaluation warning: /, "") : l.replace(/^ {7}/, "")));
  const at = lines.findIndex((l) => /^at \/.*:\d+:\d+:$/.test(l));
  if (at >= 0) lines = lines.slice(0, at);
  return mapPaths(lines.join("\n").trimEnd());
}

function options(r) {
  const o = [];
  if (r.env.includes("ABORT_ON_WARN=1")) o.push("abortOnWarn: true");
  if (r.env.includes("REQUIRE_INFINITE_RECURSION_HINT=1")) o.push("infiniteRecursionHint: true");
  return o.length === 0 ? "" : `, { ${o.join(", ")} }`;
}

const portedOnly = process.argv.includes("--ported-only");
const isPorted = (m) => !m.startsWith("./") || fs.existsSync(new URL(`./modules/${m.slice(2).replace(/\.nix$/, "")}.ts`, import.meta.url));
const unported = [];

const out = [];
for (const r of records) {
  if (skipped.has(r.line)) continue;
  if (portedOnly && !(r.kind === "expression" ? [r.path] : r.modules).every(isPorted)) {
    unported.push(r.line);
    continue;
  }
  if (r.kind === "expression") {
    if (r.rc !== 0) throw new Error(`modules.sh:${r.line}: Nix failed ${r.path}: ${r.err}`);
    out.push(`checkExpression(${r.line}, ${JSON.stringify(r.path)});`);
    continue;
  }
  const head = `${r.line}, ${JSON.stringify(r.attr)}, ${JSON.stringify(r.modules)}`;
  if (r.kind === "output") out.push(`checkConfigOutput(${head}, ${mapPaths(r.out)}${options(r)});`);
  else out.push(`checkConfigError(${head}, ${JSON.stringify(message(r.err))}${options(r)});`);
}
// the range given to record-nix.sh, for the header
const range = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const [from, to] = range.length >= 2 ? range : [records[0].line, records[records.length - 1].line];
process.stdout.write(
  [
    `// nixpkgs lib/tests/modules.sh (de42d442), checks of lines ${from}-${to}, with what Nix 2.8 printed.`,
    `// Generated: test/modules-sh/record-nix.sh ${from} ${to} | node test/modules-sh/gen-checks.mjs ${from} ${to}${portedOnly ? " --ported-only" : ""} (do not edit by hand).`,
    ...(unported.length === 0 ? [] : [`// Not generated yet (a module file not ported to modules/): lines ${unported.join(", ")}.`]),
    `import { ${["checkConfigError", "checkConfigOutput", ...(out.some((l) => l.startsWith("checkExpression(")) ? ["checkExpression"] : [])].join(", ")} } from "./harness.js";`,
    "",
    ...out,
    "",
  ].join("\n"),
);
