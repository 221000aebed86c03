import type { ModuleArgs } from "../../../lib/index.js";

// Nix's attrNames: sorted; concatMapStringsSep " " toString
const names = (set: Record<string, unknown>) => Object.keys(set).sort().join(" ");

export default ({ config, lib }: ModuleArgs) => {
  const { types, mkOption } = lib;
  return {
    options: {
      attrs: mkOption({ type: types.attrsOf(types.int) }),
      result: mkOption({}),
      resultFoo: mkOption({}),
      resultFooBar: mkOption({}),
      resultFooFoo: mkOption({}),
    },
    config: {
      attrs: { a: 1 },
      variants: {
        foo: {
          attrs: { b: 1 },
          variants: {
            bar: { attrs: { z: 1 } },
            foo: { attrs: { c: 3 } },
          },
        },
        bar: { attrs: { y: 1 } },
      },
      get resultFoo() {
        return names(config.variants.foo.attrs);
      },
      get resultFooBar() {
        return names(config.variants.foo.variants.bar.attrs);
      },
      get resultFooFoo() {
        return names(config.variants.foo.variants.foo.attrs);
      },
    },
  };
};
