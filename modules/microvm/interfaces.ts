/** nixos-modules/microvm/interfaces.nix: host-side scripts that create the guest's tap and macvtap interfaces. */
import type { Module } from "../../lib/index.js";
import type { NixosModuleArgs } from "../nixos/module-args.js";
import { getExeNamed } from "./nix-helpers.js";
import type { RunnerPackage } from "./runner-package.js";
import type { MicrovmInterfaceConfig } from "./types.js";

// TODO (upstream): don't hardcode but obtain from host config
const user = "microvm";
const group = "kvm";

export const microvmInterfacesModule: Module = ({ config, lib, pkgs }: NixosModuleArgs) => {
  const { mkIf, mkMerge } = lib;
  const interfacesByType = (wantedType: string) =>
    (config.microvm.interfaces as MicrovmInterfaceConfig[]).filter(({ type }) => type === wantedType);
  const tapInterfaces = () => interfacesByType("tap");
  const macvtapInterfaces = () => interfacesByType("macvtap");
  const ip = () => getExeNamed(pkgs.get("iproute2"), "ip");
  const tapFlags = () =>
    ["vnet_hdr", ...((config.microvm.declaredRunner as RunnerPackage).passthru.tapMultiQueue ? ["multi_queue"] : [])].join(" ");
  const linkDelete = ({ id }: MicrovmInterfaceConfig) => `${ip()} link delete '${id}'\n`;

  return {
    _file: "modules/microvm/interfaces.ts",
    config: {
      microvm: {
        binScripts: mkMerge([
          mkIf(() => tapInterfaces().length > 0, {
            get "tap-up"() {
              return (
                "set -eou pipefail\n" +
                tapInterfaces()
                  .map(
                    ({ id }) =>
                      `if [ -e /sys/class/net/${id} ]; then\n` +
                      `  ${ip()} link delete '${id}'\n` +
                      "fi\n\n" +
                      `${ip()} tuntap add name '${id}' mode tap user '${user}' ${tapFlags()}\n` +
                      `${ip()} link set '${id}' up\n`,
                  )
                  .join("")
              );
            },
            get "tap-down"() {
              return "set -ou pipefail\n" + tapInterfaces().map(linkDelete).join("");
            },
          }),
          mkIf(() => macvtapInterfaces().length > 0, {
            get "macvtap-up"() {
              return (
                "set -eou pipefail\n" +
                macvtapInterfaces()
                  .map(
                    ({ id, mac, macvtap }) =>
                      `if [ -e /sys/class/net/${id} ]; then\n` +
                      `  ${ip()} link delete '${id}'\n` +
                      "fi\n" +
                      `${ip()} link add link '${macvtap.link}' name '${id}' address '${mac}' type macvtap mode '${macvtap.mode}'\n` +
                      `${ip()} link set '${id}' allmulticast on\n` +
                      `if [ -f "/proc/sys/net/ipv6/conf/${id}/disable_ipv6" ]; then\n` +
                      `  echo 1 > "/proc/sys/net/ipv6/conf/${id}/disable_ipv6"\n` +
                      "fi\n" +
                      `${ip()} link set '${id}' up\n` +
                      `${pkgs.get("coreutils-full")}/bin/chown '${user}:${group}' /dev/tap$(< "/sys/class/net/${id}/ifindex")\n`,
                  )
                  .join("")
              );
            },
            get "macvtap-down"() {
              return "set -ou pipefail\n" + macvtapInterfaces().map(linkDelete).join("");
            },
          }),
        ]),
      },
    },
  };
};
