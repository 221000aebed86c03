/**
 * `microvm evaluate --show-option PATH`: what `nixos-option PATH` prints
 * (value, default, type, description, example, declarations,
 * definitions), or the options of an option set.
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

/** A section: a heading and its text. */
const section = (heading: string, body: string): string => `${heading}:\n${body}\n`;

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
    const value = pretty(d.value).split("\n");
    const shown = value.length > 1 ? `${value[0]} …` : value[0];
    const what = d.priority === 1500 ? "priority 1500, the option's default" : `priority ${d.priority}`;
    return `  ${d.file} (${what}${d.won ? "" : ", overridden"}): ${shown}`;
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
    lookup.topLevel ? definitionsSection(option, pretty) : "",
  ];
  return parts.filter((p) => p !== "").join("\n");
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
export function showOptionText(configuration: Configuration, path: readonly string[], pkgs?: PackageSet): string {
  const lookup = lookupOption(configuration.options as Record<string, unknown>, path);
  switch (lookup.kind) {
    case "option":
      return renderOption(lookup, configuration, pkgs);
    case "set":
      return renderSet(lookup);
    case "missing": {
      const hint = lookup.suggestions.length === 0 ? "" : ` Did you mean ${showChoices(lookup.suggestions)}?`;
      throw new UnknownOptionError(`The option \`${showOption(lookup.path)}' does not exist.${hint}`);
    }
  }
}
