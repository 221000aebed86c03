import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => {
  const { lazyAttrsOf, either, str } = lib.types;
  return {
    freeformType: lazyAttrsOf(either(str, lazyAttrsOf(str))),
  };
};
