import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => ({
  options: {
    enable: lib.mkOption({
      type: lib.types.nullOr(lib.types.bool),
      default: null,
      example: true,
      description: "Some descriptive text\n",
    }),
    warnings: lib.mkOption({
      internal: true,
      default: [],
      type: lib.types.listOf(lib.types.str),
      example: ["The `foo' service is deprecated and will go away soon!"],
      description:
        "This option allows modules to show warnings to users during\nthe evaluation of the system configuration.\n",
    }),
  },
  imports: [
    lib.mkAliasOptionModule(["enableAlias"], ["enable"]),
    { enableAlias: lib.mkForce(false) },
    { enable: true },
  ],
});
