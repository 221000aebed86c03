import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => {
  const { types, mkOption } = lib;
  return {
    imports: [
      // Module A
      () => ({
        options: {
          mergedName: mkOption({
            default: {},
            type: types.attrsWith({
              placeholder: "id", // <- This is beeing tested
              elemType: types.submodule({
                options: { nested: mkOption({ type: types.int, default: 1 }) },
              }),
            }),
          }),
        },
      }),
      // Module B
      () => ({
        options: {
          // defines the default placeholder "name"
          // type merging should resolve to "id"
          mergedName: mkOption({ type: types.attrsOf(types.submodule({})) }),
        },
      }),
      // Output
      ({ options }: ModuleArgs) => ({
        options: {
          result: mkOption({
            get default() {
              const sub = options.mergedName.type.getSubOptions(options.mergedName.loc);
              return sub.nested.loc.join(".");
            },
          }),
        },
      }),
    ],
  };
};
