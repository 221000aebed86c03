/**
 * A generated synthetic module set for benchmarks: `n` options spread over
 * many modules, of types int, str, bool, listOf str and attrsOf submodule,
 * each defined twice with a mix of mkDefault/mkForce/mkOverride/mkIf/
 * mkBefore/mkAfter, and a third of them reading other options' values.
 */
import { lib, type Module, type ModuleArgs } from "../lib/index.js";

const { mkOption, types, mkDefault, mkForce, mkOverride, mkIf, mkBefore, mkAfter } = lib;

// one option in twenty is an attrsOf submodule (one entry, defined by both definitions)
const kinds = [
  ...["int", "str", "bool", "list", "int", "str", "bool", "list", "int", "str"],
  ...["bool", "list", "int", "str", "bool", "list", "int", "str", "bool", process.env.BENCH_NO_SUB ? "int" : "sub"],
] as readonly ("int" | "str" | "bool" | "list" | "sub")[];

const entryType = types.submodule({
  options: {
    x: mkOption({ type: types.int, default: 0 }),
    label: mkOption({ type: types.str, default: "entry" }),
  },
});

// one instance of each type, shared by all options of that kind
const listOfStr = types.listOf(types.str);
const attrsOfEntries = types.attrsOf(entryType);

function typeOf(kind: "int" | "str" | "bool" | "list" | "sub") {
  switch (kind) {
    case "int":
      return types.int;
    case "str":
      return types.str;
    case "bool":
      return types.bool;
    case "list":
      return listOfStr;
    case "sub":
      return attrsOfEntries;
  }
}

type Config = Record<string, Record<string, unknown>>;

/** Options `m<k>.o<i>`: module k declares options i ≡ k (mod modules). */
export function syntheticModules(n: number): Module[] {
  const moduleCount = Math.max(10, Math.floor(n / 100));
  const modules: Module[] = [];
  for (let k = 0; k < moduleCount; k++) {
    const decls: Record<string, unknown> = { enable: mkOption({ type: types.bool, default: true }) };
    const first: Record<string, unknown> = {};
    const second: Record<string, PropertyDescriptor> = {};
    for (let i = k; i < n; i += moduleCount) {
      const kind = kinds[i % kinds.length];
      const name = `o${i}`;
      decls[name] = mkOption({ type: typeOf(kind), ...(kind === "bool" ? { default: false } : {}) });
      // a third of the options read another option of this module (one that reads nothing)
      const reads = i % 3 === 0 && i >= moduleCount * kinds.length;
      const peer = `o${i - moduleCount * kinds.length}`; // same module, same kind
      switch (kind) {
        case "int":
          first[name] = mkDefault(i);
          second[name] = reads
            ? { enumerable: true, get: () => mkForce(((cfg() as Config)[`m${k}`][peer] as number) + 1) }
            : { enumerable: true, value: i + 1 };
          break;
        case "str":
          first[name] = mkOverride(900, `a${i}`);
          second[name] = reads
            ? { enumerable: true, get: () => mkForce(`${(cfg() as Config)[`m${k}`][peer] as string}-b`) }
            : { enumerable: true, value: mkForce(`b${i}`) };
          break;
        case "bool":
          first[name] = mkIf(true, true);
          second[name] = { enumerable: true, value: mkDefault(false) };
          break;
        case "list":
          first[name] = mkBefore([`a${i}`]);
          second[name] = reads
            ? {
                enumerable: true,
                value: mkIf(() => (cfg() as Config)[`m${k}`].enable === true, mkAfter([`b${i}`])),
              }
            : { enumerable: true, value: mkAfter([`b${i}`]) };
          break;
        case "sub":
          first[name] = { entry: { x: i } };
          second[name] = { enumerable: true, value: { entry: { x: mkDefault(i + 1), label: "second" } } };
          break;
      }
    }
    let config: unknown;
    const cfg = () => config;
    // the object with getters is built here, untimed: a real module's object
    // literal is cheap for V8, whereas defineProperties of 100 getters is not
    const secondConfig = { [`m${k}`]: Object.defineProperties({}, second) };
    modules.push({ _file: `decl-${k}.ts`, options: { [`m${k}`]: decls } });
    modules.push({ _file: `first-${k}.ts`, config: { [`m${k}`]: first } });
    modules.push((args: ModuleArgs) => {
      config = args.config;
      return { _file: `second-${k}.ts`, config: secondConfig };
    });
  }
  return modules;
}
