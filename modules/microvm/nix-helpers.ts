/**
 * The few nixpkgs-lib / builtins functions microvm.nix's guest modules use
 * that the module system's `lib` does not carry (`getExe`, `groupBy`,
 * `generators.toINI`, `toString` of packages), with Nix's results.
 */
import { escapeShellArg as escapeShellArgOf, lib, nixToString } from "../../lib/index.js";
import type { Package } from "../../pkgs/package.js";

/** Nix's attribute-name order: byte order of the UTF-8 names. */
export function sortedNames(names: Iterable<string>): string[] {
  return [...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

/** `builtins.attrValues (builtins.groupBy key list)`: the groups in key order, members in list order. */
export function groupValues<T>(list: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of list) {
    const k = key(item);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  return sortedNames(groups.keys()).map((k) => groups.get(k)!);
}

export { compareVersions, versionAtLeast } from "../../lib/index.js";

export { nixToString } from "../../lib/index.js";

/** A value interpolated into a string (`"${v}"`): null cannot be (Nix 2.8's message). */
export function coerceToString(v: string | number | Package | null): string {
  if (v === null) throw new Error("cannot coerce null to a string");
  return typeof v === "object" ? v.outPath : String(v);
}

/** `lib.escapeShellArg` of what the guest modules interpolate (null is "", a package its path). */
export function escapeShellArg(arg: string | number | null): string {
  return escapeShellArgOf(nixToString(arg));
}

/** `lib.getBin`: the `bin` output, else `out`, else the package itself. */
export function getBin(pkg: Package): Package {
  return pkg.outputs.bin ?? pkg.outputs.out ?? pkg;
}

/** `lib.getExe' pkg program`: `<bin output>/bin/<program>`. */
export function getExeNamed(pkg: Package, program: string): string {
  return `${getBin(pkg).outPath}/bin/${program}`;
}

/** `lib.getExe pkg`: its `meta.mainProgram`, else (with nixpkgs' warning) its name without version. */
export function getExe(pkg: Package): string {
  let main = pkg.meta.mainProgram;
  if (main === undefined) {
    lib.warn(
      `getExe: Package ${lib.strings.escapeNixIdentifier(pkg.pname ?? pkg.name)} does not have the meta.mainProgram attribute. We'll assume that the main program has the same name for now, but this behavior is deprecated, because it leads to surprising errors when the assumption does not hold. If the package has a main program, please set \`meta.mainProgram\` in its definition to make this warning go away. Otherwise, if the package does not have a main program, or if you don't control its definition, use getExe' to specify the name to the program, such as lib.getExe' foo "bar".`,
    );
    main = pkg.pname;
  }
  return getExeNamed(pkg, main);
}

/** A value of an INI key, as `lib.generators.mkValueStringDefault` writes it. */
export type IniValue = string | number | boolean | null | Package;

/** `lib.generators.toINI {}`: sections and keys in name order, sections separated by a blank line. */
export function toINI(sections: Readonly<Record<string, Readonly<Record<string, IniValue>>>>): string {
  const escapeSection = (name: string) => name.replace(/[[\]]/g, (c) => `\\${c}`);
  const escapeKey = (key: string) => key.replaceAll("=", "\\=");
  const valueString = (v: IniValue) => (v === null ? "null" : v === true ? "true" : v === false ? "false" : nixToString(v));
  return sortedNames(Object.keys(sections))
    .map((name) => {
      const values = sections[name];
      const lines = sortedNames(Object.keys(values)).map((k) => `${escapeKey(k)}=${valueString(values[k])}\n`);
      return `[${escapeSection(name)}]\n${lines.join("")}`;
    })
    .join("\n");
}
