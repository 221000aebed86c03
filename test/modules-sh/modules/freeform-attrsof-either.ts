import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => {
  const { types, mkOption } = lib;
  return {
    options: {
      number: mkOption({
        type: types.submodule({ freeformType: types.attrsOf(types.either(types.int, types.int)) }),
        default: { int: 42 }, // should not emit a warning
      }),
    },
  };
};
