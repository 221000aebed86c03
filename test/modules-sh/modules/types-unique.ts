import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => {
  const { mkOption, types } = lib;
  return {
    options: {
      examples: mkOption({
        type: types.lazyAttrsOf(
          types.unique(
            {
              message:
                "We require a single definition, because seeing the whole value at once helps us maintain critical invariants of our system.",
            },
            types.attrsOf(types.str),
          ),
        ),
      }),
    },
    imports: [{ examples: { merged: { b: "bee" } } }, { examples: { override: lib.mkForce({ b: "bee" }) } }],
    config: {
      examples: {
        merged: { a: "aye" },
        override: { a: "aye" },
        badLazyType: { a: true },
      },
    },
  };
};
