import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => {
  const { attrsOf, either, str } = lib.types;
  return {
    freeformType: attrsOf(either(str, attrsOf(str))),
  };
};
