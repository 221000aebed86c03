// oracle: error
// disabledModules by key removes the option declarations of the disabled
// module too: a definition of that option now fails as an undeclared option
// (the suggestion lists the remaining options).
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "legacy.nix",
      key: "legacy",
      options: {
        legacy: {
          enable: mkOption({
            type: types.bool,
            default: false,
          }),
        },
      },
    },
    {
      _file: "modern.nix",
      options: {
        modern: {
          enable: mkOption({
            type: types.bool,
            default: false,
          }),
        },
      },
    },
    {
      _file: "disable.nix",
      disabledModules: [{ key: "legacy" }],
    },
    {
      _file: "user.nix",
      legacy: { enable: true },
    },
  ];
});
