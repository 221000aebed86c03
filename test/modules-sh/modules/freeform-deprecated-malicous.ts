import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => {
  const { types, mkOption } = lib;
  return {
    options: {
      either: mkOption({
        type: types.submodule({ freeformType: types.either(types.int, types.int) }),
      }),
      eitherBehindNullor: mkOption({
        type: types.submodule({ freeformType: types.nullOr(types.either(types.int, types.int)) }),
      }),
      oneOf: mkOption({
        type: types.submodule({ freeformType: types.oneOf([types.int, types.int]) }),
      }),
      number: mkOption({
        type: types.submodule({ freeformType: types.number }), // either int float
      }),
    },
  };
};
