import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => {
  const submod = () => ({
    options: {
      enable: lib.mkOption({ default: false, example: true, type: lib.types.bool, description: "Some descriptive text\n" }),
    },
  });
  return {
    options: {
      attrsOfSub: lib.mkOption({
        default: {},
        example: {},
        type: lib.types.attrsOf(lib.types.submodule([submod])),
        description: "Some descriptive text\n",
      }),
    },
  };
};
