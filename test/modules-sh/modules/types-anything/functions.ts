import type { ModuleArgs } from "../../../../lib/index.js";

const mapAttrs = (f: (name: string, v: unknown) => unknown, set: Record<string, unknown>) =>
  Object.fromEntries(Object.keys(set).map((k) => [k, f(k, set[k])]));

export default ({ lib, config }: ModuleArgs) => ({
  options: {
    valueIsFunction: lib.mkOption({
      get default() {
        return mapAttrs((_name, v) => typeof v === "function", config.value);
      },
    }),
    value: lib.mkOption({ type: lib.types.anything }),
    applied: lib.mkOption({
      get default() {
        // Nix: lib.mapAttrs (name: fun: fun null) config.value; each entry is lazy
        const out: Record<string, unknown> = {};
        for (const k of Object.keys(config.value)) {
          Object.defineProperty(out, k, {
            enumerable: true,
            get: () => (config.value[k] as (x: unknown) => unknown)(null),
          });
        }
        return out;
      },
    }),
  },
  config: lib.mkMerge([
    {
      value: {
        "single-lambda": (x: unknown) => x,
        "multiple-lambdas": (x: unknown) => ({ x }),
        "merging-lambdas": (x: unknown) => ({ x }),
      },
    },
    {
      value: {
        "multiple-lambdas": (x: unknown) => [x],
        "merging-lambdas": (y: unknown) => ({ y }),
      },
    },
  ]),
});
