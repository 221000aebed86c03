import type { ModuleArgs } from "../../../../lib/index.js";

// `value.path = ./.` (a Nix path, copied to the store when printed) is not
// ported: its check (modules.sh:588) is listed in SKIPPED.md.
export default ({ lib }: ModuleArgs) => {
  const atoms = () => ({
    value: {
      int: 0,
      bool: false,
      string: "",
      null: null,
      float: 0.1,
      list: [1, "a", { x: null }],
    },
  });
  return {
    options: {
      value: lib.mkOption({ type: lib.types.anything }),
    },
    config: lib.mkMerge([atoms(), atoms()]),
  };
};
