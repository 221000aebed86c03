import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => {
  const { types, mkOption } = lib;
  const attrsOfModule = mkOption({
    type: types.attrsOf(types.submodule({ options: { bar: mkOption({ type: types.int }) } })),
  });
  const listOfModule = mkOption({
    type: types.listOf(types.submodule({ options: { bar: mkOption({ type: types.int }) } })),
  });
  return {
    imports: [
      // Module A
      {
        options: {
          attrsOfModule,
          mergedAttrsOfModule: attrsOfModule,
          listOfModule,
          mergedListOfModule: listOfModule,
        },
      },
      // Module B
      {
        options: {
          mergedAttrsOfModule: attrsOfModule,
          mergedListOfModule: listOfModule,
        },
      },
      // Values
      // It is important that the value is defined in a separate module
      // Without valueMeta the actual value and sub-options wouldn't be accessible via:
      // options.attrsOfModule.type.getSubOptions
      {
        attrsOfModule: { foo: { bar: 42 } },
        mergedAttrsOfModule: { foo: { bar: 42 } },
      },
      ({ options }: ModuleArgs) => ({
        config: {
          listOfModule: [{ bar: 42 }],
          mergedListOfModule: [{ bar: 42 }],
        },
        // Result options to expose the list module to bash as plain attribute path
        options: {
          listResult: mkOption({
            get default() {
              return options.listOfModule.valueMeta.list[0].configuration.options.bar.value;
            },
          }),
          mergedListResult: mkOption({
            get default() {
              return options.mergedListOfModule.valueMeta.list[0].configuration.options.bar.value;
            },
          }),
        },
      }),
    ],
  };
};
