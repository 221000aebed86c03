/** nixos-modules/microvm/asserts.nix: configuration checks (duplicates, bridges, name lengths) and the low-memory warning. */
import type { Module } from "../../lib/index.js";
import type { NixosModuleArgs } from "../nixos/module-args.js";
import { coerceToString, groupValues, nixToString } from "./nix-helpers.js";
import type { MicrovmInterfaceConfig, MicrovmShareConfig, MicrovmVolumeConfig } from "./types.js";

interface Assertion {
  assertion: boolean;
  message: string;
}

export const microvmAssertsModule: Module = ({ config, lib }: NixosModuleArgs) => {
  const { mkIf } = lib;
  const cfg = () => config.microvm;
  const hostName = (): string => config.networking.hostName;

  /** One assertion per group of equal keys: each key may be used once. */
  const usedOnce = <T>(list: T[], key: (item: T) => string, describe: (first: T, count: number) => string): Assertion[] =>
    groupValues(list, key).map((group) => ({
      assertion: group.length === 1,
      get message() {
        return `MicroVM ${hostName()}: ${describe(group[0], group.length)} is used ${group.length} > 1 times.\n`;
      },
    }));

  const assertions = (): Assertion[] => {
    const interfaces = cfg().interfaces as MicrovmInterfaceConfig[];
    const shares = cfg().shares as MicrovmShareConfig[];
    const virtiofsShares = shares.filter(({ proto }) => proto === "virtiofs");
    return [
      // check for duplicate volume images
      ...usedOnce(cfg().volumes as MicrovmVolumeConfig[], ({ image }) => image, ({ image }) => `volume image "${image}"`),
      // check for duplicate interface ids
      ...usedOnce(interfaces, ({ id }) => id, ({ id }) => `interface id "${id}"`),
      // check for bridge interfaces
      ...interfaces.map(({ id, type, bridge }) =>
        type === "bridge"
          ? {
              assertion: bridge !== null,
              message: `MicroVM ${hostName()}: interface ${id} is of type "bridge"\nbut doesn't have a bridge to attach to defined.\n`,
            }
          : {
              assertion: bridge === null,
              message: `MicroVM ${hostName()}: interface ${id} is not of type "bridge"\nand therefore shouldn't have a "bridge" option defined.\n`,
            },
      ),
      // check for interface name length
      ...interfaces.map(({ id }) => ({
        assertion: id.length <= 15,
        message: `MicroVM ${hostName()}: interface name ${id} is longer than the\nthe maximum length of 15 characters on Linux.\n`,
      })),
      // check for duplicate share tags
      ...usedOnce(shares, ({ tag }) => tag, ({ tag }) => `share tag "${tag}"`),
      // check for duplicate share sockets
      ...usedOnce(
        virtiofsShares,
        ({ socket }) => nixToString(socket),
        // like Nix's "${socket}", the message cannot be made for a null socket
        ({ socket }) => `share socket "${coerceToString(socket)}"`,
      ),
      // check for virtiofs shares without socket
      ...virtiofsShares.map(({ tag, socket }) => ({
        assertion: socket !== null,
        message: `MicroVM ${hostName()}: virtiofs share with tag "${tag}" is missing a \`socket\` path.\n`,
      })),
      // blacklist forwardPorts
      {
        get assertion() {
          return (
            (cfg().forwardPorts as unknown[]).length === 0 ||
            (cfg().hypervisor === "qemu" && interfaces.some(({ type }) => type === "user"))
          );
        },
        message: `MicroVM ${hostName()}: \`config.microvm.forwardPorts\` works only with qemu and one network interface with \`type = "user"\`\n`,
      },
      // cloud-hypervisor specific asserts
      ...(cfg().hypervisor === "cloud-hypervisor"
        ? [
            {
              assertion: !(cfg()["cloud-hypervisor"].platformOEMStrings as string[]).some((s) => s.includes("oem_strings")),
              message: `MicroVM ${hostName()}: \`config.microvm.cloud-hypervisor.platformOEMStrings\` items must not contain \`oem_strings\`\n`,
            },
          ]
        : []),
    ];
  };

  return {
    _file: "modules/microvm/asserts.ts",
    config: mkIf(() => cfg().guest.enable, {
      get assertions() {
        return assertions();
      },
      get warnings() {
        // 32 MB is just an optimistic guess, not based on experience
        return cfg().mem < 32 ? [`MicroVM ${hostName()}: ${cfg().mem} MB of RAM is uncomfortably narrow.\n`] : [];
      },
    }),
  };
};
