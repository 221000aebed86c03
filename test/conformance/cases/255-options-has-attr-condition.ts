// `options` argument: whether an option is declared (`options ? name`,
// also nested) used as a mkIf condition on definitions of declared options.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, mkIf, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        firewall: {
          allowedPorts: mkOption({
            type: types.listOf(types.port),
            default: [],
          }),
        },
        detected: mkOption({
          type: types.listOf(types.str),
          default: [],
        }),
      },
    },
    ({ options }) => ({
      _file: "web.nix",
      firewall: { allowedPorts: mkIf(() => "firewall" in options, [80]) },
      detected: lib.mkMerge([
        mkIf(() => "firewall" in options, ["firewall"]),
        mkIf(() => "allowedPorts" in options.firewall, ["firewall.allowedPorts"]),
        mkIf(() => "monitoring" in options, ["monitoring"]),
      ]),
    }),
  ];
});
