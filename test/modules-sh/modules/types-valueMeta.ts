import type { ModuleArgs, OptionType } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => {
  const { types, mkOption } = lib;
  // attrsOf uses attrsWith internally
  const { attrsOf, listOf, str } = types;
  return {
    imports: [
      ({ options }: ModuleArgs) => ({
        options: {
          // Should have an empty valueMeta
          str: mkOption({ type: str }),
          // Should have some valueMeta which is an attribute set of the nested valueMeta
          attrsOf: mkOption({ type: attrsOf(str), default: { foo: "foo", bar: "bar" } }),
          attrsOfResult: mkOption({
            get default() {
              return Object.keys(options.attrsOf.valueMeta.attrs).sort();
            },
          }),
          // Should have some valueMeta which is the list of the nested valueMeta of types.str
          // [ {} {} ]
          listOf: mkOption({ type: listOf(str), default: ["foo", "bar"] }),
          listOfResult: mkOption({
            get default() {
              return options.listOf.valueMeta.list.length;
            },
          }),
          // Should have some valueMeta which is the submodule evaluation
          // { _module, options, config, ...}
          // `types.submoduleOf` does not exist in nixpkgs' lib either: Nix never reads
          // this unused option's type, so its `inherit (types) submoduleOf` never fails.
          submoduleOf: mkOption({
            get type(): OptionType {
              throw new Error("attribute 'submoduleOf' missing");
            },
          }),
        },
      }),
    ],
  };
};
