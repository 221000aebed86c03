/**
 * mkDefinition and mergeAttrDefinitionsWithPrio, as modules.sh checks them
 * (nixpkgs lib/tests/modules/mkDefinition.nix, test-mergeAttrDefinitionsWithPrio.nix);
 * the error texts are what nix-instantiate 2.8 printed for those files.
 */
import { describe, expect, it } from "vitest";
import {
  evalModules,
  mergeAttrDefinitionsWithPrio,
  mkDefault,
  mkDefinition,
  mkForce,
  mkMerge,
  mkOption,
  mkOptionDefault,
  type Module,
  types,
} from "../../lib/index.js";

const mkDefinitionModules: Module[] = [
  {
    _file: "file",
    options: { conflict: mkOption({ default: 1 }) },
    config: { conflict: mkDefinition({ file: "other", value: mkOptionDefault(42) }) },
  },
  { options: { viaConfig: mkOption({}) }, config: { viaConfig: mkDefinition({ file: "other", value: true }) } },
  {
    options: { mkMerge: mkOption({ type: types.bool }) },
    config: {
      mkMerge: mkMerge([mkDefinition({ file: "a.nix", value: true }), mkDefinition({ file: "b.nix", value: true })]),
    },
  },
  {
    options: { mkForce: mkOption({ type: types.bool, default: false }) },
    config: { mkForce: mkDefinition({ file: "other", value: mkForce(true) }) },
  },
  {
    _file: "mkDefinition.ts",
    options: { viaOptionDefault: mkOption({ type: types.bool, default: mkDefinition({ file: "other", value: true }) }) },
  },
];

describe("mkDefinition", () => {
  const { config } = evalModules({ modules: mkDefinitionModules });

  it("gives its file to error messages", () => {
    expect(() => config.conflict).toThrow(
      "Cannot merge definitions of `conflict'. Definition values:\n- In `file': 1\n- In `other': 42",
    );
  });

  it("works in config, inside mkMerge, and around mkForce", () => {
    expect(config.viaConfig).toBe(true);
    expect(config.mkMerge).toBe(true);
    expect(config.mkForce).toBe(true);
  });

  it("is not unwrapped in an option's default (a limitation Nix has too)", () => {
    expect(() => config.viaOptionDefault).toThrow(
      "A definition for option `viaOptionDefault' is not of type `boolean'. Definition values:\n- In `mkDefinition.ts':\n    {\n      _type = \"definition\";\n      file = \"other\";\n      value = true;\n    }",
    );
  });
});

describe("mergeAttrDefinitionsWithPrio", () => {
  it("gives each attribute's highest priority without reading its value", () => {
    const never = () => {
      throw new Error("must not be read");
    };
    const { options } = evalModules({
      modules: [
        {
          config: {
            _module: {
              args: {
                default: mkDefault({ get x() { return never(); } }),
                regular: null,
                force: mkForce({ get x() { return never(); } }),
                get unused() {
                  return never();
                },
              },
            },
          },
        },
      ],
    });
    const opts = options as unknown as { _module: { args: Parameters<typeof mergeAttrDefinitionsWithPrio>[0] } };
    const defs = mergeAttrDefinitionsWithPrio(opts._module.args);
    expect(defs.default.highestPrio).toBe(1000);
    expect(defs.regular.highestPrio).toBe(100);
    expect(defs.force.highestPrio).toBe(50);
    expect(defs.regular.value).toBeNull();
  });

  it("merges each attribute with the element type", () => {
    const { options } = evalModules({
      modules: [
        { options: { a: mkOption({ type: types.attrsOf(types.int) }) }, config: { a: { x: mkDefault(1), y: 2 } } },
        { config: { a: mkMerge([{ x: 3 }]) } },
      ],
    });
    const defs = mergeAttrDefinitionsWithPrio((options as unknown as Record<string, Parameters<typeof mergeAttrDefinitionsWithPrio>[0]>).a);
    expect([defs.x.value, defs.x.highestPrio, defs.y.value]).toEqual([3, 100, 2]);
  });
});
