// oracle: options
// types.bool accepts several definitions only when they are equal.
// types.boolByOr ORs all definitions of the winning priority; the option
// default is a weaker definition, so a plain `false` replaces a `true`
// default instead of being ORed with it. mkEnableOption builds a bool option
// with default false, example true and a standard description.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, mkEnableOption, mkDefault, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        flag: mkOption({ type: types.bool }),
        anyOf: mkOption({ type: types.boolByOr }),
        noneOf: mkOption({
          type: types.boolByOr,
          default: false,
        }),
        defaultOnly: mkOption({
          type: types.boolByOr,
          default: true,
        }),
        defaultReplaced: mkOption({
          type: types.boolByOr,
          default: true,
        }),
        enable: mkEnableOption("the feature"),
      },
    },
    {
      _file: "a.nix",
      flag: true,
      anyOf: false,
      noneOf: false,
      defaultReplaced: false,
    },
    {
      _file: "b.nix",
      flag: true,
      anyOf: true,
      noneOf: mkDefault(true),
    },
    {
      _file: "c.nix",
      anyOf: false,
      enable: true,
    },
  ];
});
