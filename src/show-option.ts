/**
 * `microvm evaluate --show-option PATH`: what `nixos-option PATH` prints
 * (value, default, type, description, example, declarations,
 * definitions), or the options of an option set; with `-r`, every option
 * under PATH with its value (`nixos-option -r`).
 */
import {
  type Configuration,
  isOption,
  type Literal,
  type Option,
  OptionNotDefinedError,
  renderOptionValue,
  showOption,
  toPretty,
} from "../lib/index.js";
import type { PackageSet } from "../pkgs/package-set.js";
import { lookupOption, type OptionLookup } from "./option-path.js";
import { plainValue } from "./plain-value.js";
import { showChoices } from "./suggest.js";

/** The path does not name an option or option set. */
export class UnknownOptionError extends Error {
  override name = "UnknownOptionError";
}


const literalText = (l: Literal): string => l.text.replace(/\n$/, "");

function readPath(root: unknown, path: readonly string[]): unknown {
  let v = root;
  for (const p of path) v = (v as Record<string, unknown>)[p];
  return v;
}

/**
 * Colour on a terminal (none when piped, or with `NO_COLOR` set; `FORCE_COLOR`
 * forces it): headings bold, definitions that lost dim.
 */
export function useColour(stream: { isTTY?: boolean } = process.stdout, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "" && env.FORCE_COLOR !== "0") return true;
  return stream.isTTY === true && env.TERM !== "dumb";
}

let colour = false;
const bold = (text: string): string => (colour ? `\x1b[1m${text}\x1b[22m` : text);
const dim = (text: string): string => (colour ? `\x1b[2m${text}\x1b[22m` : text);

/** A section: a heading and its text. */
const section = (heading: string, body: string): string => `${bold(`${heading}:`)}\n${body}\n`;

function valueSection(lookup: Extract<OptionLookup, { kind: "option" }>, configuration: Configuration, pretty: (v: unknown) => string): string {
  if (lookup.valuePath === null) return section("Value", "(one per element; name an element instead of `*')");
  try {
    const value = lookup.topLevel ? lookup.option.value : readPath(configuration.config, lookup.valuePath);
    return section("Value", pretty(value));
  } catch (error) {
    if (error instanceof OptionNotDefinedError) return section("Value", "(none: the option has no definition and no default)");
    throw error;
  }
}

function defaultSection(option: Option, plain: (v: unknown) => unknown): string {
  if (!Object.hasOwn(option, "defaultText") && !Object.hasOwn(option, "default")) return "";
  try {
    const shown = Object.hasOwn(option, "defaultText") ? option.defaultText : plain(option.default);
    return section("Default", literalText(renderOptionValue(shown)));
  } catch (error) {
    return section("Default", `(cannot be shown: ${(error as Error).message})`);
  }
}

/**
 * Every definition (the default included) with its file and priority
 * (`mkDefault` is 1000, a plain one 100, `mkForce` 50), and which ones won.
 */
function definitionsSection(option: Option, pretty: (v: unknown) => string): string {
  const defs = option.allDefinitions;
  if (defs.length === 0) return section("Defined by", "  (nothing)");
  const lines = defs.map((d) => {
    // a value of several lines (a list, an attribute set) is shown whole, indented under its file
    const shown = pretty(d.value).replaceAll("\n", "\n    ");
    const what = d.priority === 1500 ? "priority 1500, the option's default" : `priority ${d.priority}`;
    const line = `  ${d.file} (${what}${d.won ? "" : ", overridden"}): ${shown}`;
    return d.won ? line : dim(line);
  });
  return section("Defined by", lines.join("\n"));
}

function renderOption(lookup: Extract<OptionLookup, { kind: "option" }>, configuration: Configuration, pkgs?: PackageSet): string {
  const { option } = lookup;
  const plain = (v: unknown): unknown => plainValue(v, pkgs);
  const pretty = (v: unknown): string => toPretty(plain(v), { multiline: true });
  const parts = [
    valueSection(lookup, configuration, pretty),
    defaultSection(option, plain),
    section("Type", option.type.description),
    typeof option.description === "string" ? section("Description", option.description.replace(/\n$/, "")) : "",
    Object.hasOwn(option, "example") ? section("Example", literalText(renderOptionValue(option.example))) : "",
    option.readOnly === true ? section("Read-only", "yes") : "",
    section("Declared by", option.declarations.map((f) => `  ${f}`).join("\n")),
    lookup.topLevel ? definitionsSection(option, pretty) : elementDefinitionsSection(lookup, configuration, pretty),
  ];
  return parts.filter((p) => p !== "").join("\n");
}

/** A definition of a list's or attribute set's element, with the file that gave it. */
interface ElementDefinition {
  file: string;
  value: unknown;
}

/**
 * The definitions of an option inside an element of a list or attribute
 * set of submodules (`microvm.interfaces.0.id`): the element's definitions
 * are found among the container option's (a list's in order, by mkOrder
 * priority; an attribute set's by name), then the field in each.
 */
function elementDefinitionsSection(
  lookup: Extract<OptionLookup, { kind: "option" }>,
  configuration: Configuration,
  pretty: (v: unknown) => string,
): string {
  if (lookup.valuePath === null) return "";
  const path = lookup.valuePath;
  let node: unknown = configuration.options;
  let i = 0;
  for (; i < path.length && !isOption(node); i++) node = (node as Record<string, unknown>)[path[i]];
  if (!isOption(node) || i >= path.length) return "";
  const container = node;
  const selector = path[i];
  const field = path.slice(i + 1);
  const defs = container.definitionsWithLocations as (ElementDefinition & { priority?: number })[];
  let elements: ElementDefinition[];
  if (Array.isArray(container.value)) {
    const ordered = defs.map((d, k) => ({ d, k })).sort((a, b) => (a.d.priority ?? 1000) - (b.d.priority ?? 1000) || a.k - b.k);
    const all = ordered.flatMap(({ d }) => (Array.isArray(d.value) ? d.value.map((value: unknown) => ({ file: d.file, value })) : []));
    const index = Number(selector);
    elements = Number.isInteger(index) && index >= 0 && index < all.length ? [all[index]] : [];
  } else {
    elements = defs.flatMap((d) =>
      d.value !== null && typeof d.value === "object" && Object.hasOwn(d.value, selector)
        ? [{ file: d.file, value: (d.value as Record<string, unknown>)[selector] }]
        : [],
    );
  }
  const lines: string[] = [];
  for (const e of elements) {
    let v: unknown = e.value;
    for (const f of field) {
      v = v !== null && typeof v === "object" && Object.hasOwn(v, f) ? (v as Record<string, unknown>)[f] : undefined;
    }
    if (v !== undefined) lines.push(`  ${e.file}: ${pretty(v).replaceAll("\n", "\n    ")}`);
  }
  const { option } = lookup;
  if (Object.hasOwn(option, "default")) lines.push(`  ${option.declarations.join(", ")} (the option's default): ${pretty(option.default)}`);
  return section("Defined by", lines.length === 0 ? "  (nothing)" : lines.join("\n"));
}

/**
 * `--show-option PATH -r` (`nixos-option -r`): every option under PATH
 * with its value, one `path = value;` each.
 */
function renderRecursive(options: Record<string, unknown>, path: readonly string[], configuration: Configuration, pkgs?: PackageSet): string {
  const pretty = (v: unknown): string => toPretty(plainValue(v, pkgs), { multiline: true });
  const out: string[] = [];
  const walk = (node: unknown, at: string[]): void => {
    if (isOption(node)) {
      let shown: string;
      try {
        shown = pretty(readPath(configuration.config, at));
      } catch (error) {
        shown = error instanceof OptionNotDefinedError ? "«not defined»" : `«error: ${(error as Error).message.split("\n")[0]}»`;
      }
      out.push(`${bold(showOption(at))} = ${shown};`);
      return;
    }
    if (node === null || typeof node !== "object") return;
    for (const name of Object.keys(node).sort()) {
      if (name === "_module" || name === "_freeformOptions") continue;
      walk((node as Record<string, unknown>)[name], [...at, name]);
    }
  };
  let start: unknown = options;
  for (const p of path) start = (start as Record<string, unknown>)[p];
  walk(start, [...path]);
  return `${out.join("\n")}\n`;
}

function renderSet(lookup: Extract<OptionLookup, { kind: "set" }>): string {
  const names = Object.keys(lookup.children)
    .filter((n) => n !== "_module" && n !== "_freeformOptions")
    .sort();
  const rows = names.map((n) => {
    const child = lookup.children[n];
    const name = showOption([...lookup.path, n]);
    return [name, isOption(child) ? child.type.description : "(option set)"];
  });
  const width = Math.max(0, ...rows.map(([n]) => n.length));
  const heading = lookup.path.length === 0 ? "The configuration has these options" : `\`${showOption(lookup.path)}' is a set of options`;
  return `${heading}:\n${rows.map(([n, t]) => `  ${n.padEnd(width)}  ${t}`).join("\n")}\n`;
}

/**
 * The text `--show-option path` prints; an UnknownOptionError for a path that
 * names nothing. `pkgs` (the evaluation's package set) is shown as `<pkgs>`.
 */
export function showOptionText(
  configuration: Configuration,
  path: readonly string[],
  pkgs?: PackageSet,
  how: { recursive?: boolean; colour?: boolean } = {},
): string {
  colour = how.colour ?? false;
  const lookup = lookupOption(configuration.options as Record<string, unknown>, path);
  switch (lookup.kind) {
    case "option":
      return how.recursive === true && lookup.topLevel
        ? renderRecursive(configuration.options as Record<string, unknown>, path, configuration, pkgs)
        : renderOption(lookup, configuration, pkgs);
    case "set":
      return how.recursive === true ? renderRecursive(configuration.options as Record<string, unknown>, path, configuration, pkgs) : renderSet(lookup);
    case "missing": {
      const hint = lookup.suggestions.length === 0 ? "" : ` Did you mean ${showChoices(lookup.suggestions)}?`;
      throw new UnknownOptionError(`The option \`${showOption(lookup.path)}' does not exist.${hint}`);
    }
  }
}
