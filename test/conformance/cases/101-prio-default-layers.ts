// oracle: options
// The priority layers from weakest to strongest: the option's `default`
// (mkOptionDefault, 1500) < mkDefault (1000) < plain (100) < mkForce (50).
// mkOptionDefault alone gives an option without `default` a value, and
// mkOverride 1499 / 1501 land just above / below the option default. The
// options list still shows the declared default, whatever won.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, mkDefault, mkForce, mkOptionDefault, mkOverride, types } = lib;
  const withDefault = mkOption({
    type: types.str,
    default: "option default",
  });
  return [
    {
      _file: "decl.nix",
      options: {
        onlyDefault: mkOption({
          type: types.str,
          default: "option default",
          description: "Nothing defines this option, so its default applies.",
          example: "something else",
        }),
        mkDefaultWins: withDefault,
        plainWins: withDefault,
        forceWins: withDefault,
        noDefault: mkOption({ type: types.str }),
        justAbove: withDefault,
        justBelow: withDefault,
      },
    },
    {
      _file: "defaults.nix",
      mkDefaultWins: mkDefault("mkDefault"),
      plainWins: mkDefault("mkDefault"),
      forceWins: mkDefault("mkDefault"),
      noDefault: mkOptionDefault("mkOptionDefault"),
      justAbove: mkOverride(1499, "1499"),
      justBelow: mkOverride(1501, "1501"),
    },
    {
      _file: "user.nix",
      plainWins: "plain",
      forceWins: "plain",
    },
    {
      _file: "force.nix",
      forceWins: mkForce("mkForce"),
    },
  ];
});
