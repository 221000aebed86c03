// mkRenamedOptionModule keeps the priority of definitions made through the
// old name: a mkDefault on the old path loses to a plain definition of the
// new path, while list definitions of equal priority from both names are
// merged. Without a `warnings` option no warning list is produced (only
// the trace when the old options are read).
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        network: {
          hostName: mkOption({
            type: types.str,
            default: "nixos",
          }),
          nameservers: mkOption({
            type: types.listOf(types.str),
            default: [],
          }),
        },
      },
    },
    {
      _file: "renames.nix",
      imports: [
        lib.mkRenamedOptionModule(["hostName"], ["network", "hostName"]),
        lib.mkRenamedOptionModule(["nameservers"], ["network", "nameservers"]),
      ],
    },
    {
      _file: "old.nix",
      hostName: lib.mkDefault("old-name"),
      nameservers: ["1.1.1.1"],
    },
    {
      _file: "new.nix",
      network: {
        hostName: "new-name",
        nameservers: ["9.9.9.9"],
      },
    },
  ];
});
