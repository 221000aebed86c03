/**
 * lib/runners/kvmtool.nix: the kvmtool (`lkvm`) backend.
 *
 * Two upstream bugs are fixed here (see DEVIATIONS.md): volumes pass their
 * image path (upstream passes the literal word `image`), and passthrough
 * devices are accepted with all their attributes (upstream's pattern
 * `{ bus, path }` rejects the `qemu` attribute every device has).
 */
import { type Backend, type BackendContext, type BackendOutput, RunnerError } from "./types.js";
import { backendPassthru } from "../../modules/microvm/passthru.js";
import { shellWord } from "../../modules/microvm/shell.js";
import {
  type Arg,
  args,
  attrOf,
  escapeShellArg,
  interpolate,
  joinArgList,
  lazyAttrs,
  nixToString,
  pkgPath,
  storeDiskOf,
} from "./util.js";

export const kvmtool: Backend = (ctx: BackendContext): BackendOutput => {
  const { microvmConfig: c, pkgs, warn } = ctx;
  const { hostName } = c;
  const lkvm = (): string => `${pkgPath(pkgs, "kvmtool")}/bin/lkvm`;

  const runArgs = (): Arg[] => [
    ...args(lkvm(), "run", "--name", escapeShellArg(hostName), "-m", String(c.mem), "-c", String(c.vcpu)),
    ...args("--console", "serial", "--rng"),
    ...args("-k"),
    () => escapeShellArg(`${interpolate(c.kernel)}/${pkgs.hostPlatform.kernelTarget}`),
    ...args("-i", escapeShellArg(c.initrdPath), "-p"),
    () => escapeShellArg(`console=ttyS0 reboot=k panic=1 ${nixToString(c.kernelParams)}`),
    ...(c.storeOnDisk ? [...args("-d"), () => escapeShellArg(`${interpolate(storeDiskOf(c))},ro`)] : []),
    ...(c.balloon ? args("--balloon") : []),
    ...c.volumes.flatMap(({ image, serial, direct, readOnly }): Arg[] => {
      if (serial !== null) warn("Volume serial is not supported for kvmtool\n");
      return [...args("-d"), () => escapeShellArg(`${image}${direct ? ",direct" : ""}${readOnly ? ",ro" : ""}`)];
    }),
    ...c.shares.flatMap(({ proto, source, tag, readOnly }): Arg[] => {
      if (proto !== "9p") throw new RunnerError("virtiofs shares not implemented for kvmtool");
      if (readOnly) throw new RunnerError("kvmtool does not support readonly 9p share");
      return args("--9p", escapeShellArg(`${source},${tag}`));
    }),
    ...c.interfaces.flatMap(({ type, id, mac }): Arg[] => {
      if (type === "user" || type === "tap") {
        return args("-n", escapeShellArg(`mode=${type},tapif=${id},guest_mac=${mac}`));
      }
      if (type === "macvtap") {
        // the shell looks up the tap device's index (upstream: all unquoted)
        return args("-n", `mode=tap,tapif=/dev/tap"$(< /sys/class/net/${shellWord(id)}/ifindex)",guest_mac=${shellWord(mac)}`);
      }
      throw new RunnerError(`interface type ${type} is not supported by kvmtool`);
    }),
    ...c.devices.map(
      ({ bus, path }): Arg =>
        () =>
          attrOf(
            {
              pci: () => escapeShellArg(`--vfio-pci=${path}`),
              usb: () => {
                throw new RunnerError("USB passthrough is not supported on kvmtool");
              },
            },
            bus,
          ),
    ),
    ...(c.vsock.cid !== null ? args("--vsock", String(c.vsock.cid)) : []),
  ];

  return lazyAttrs<BackendOutput>({
    preStart: () => `${c.preStart}\nexport HOME=$PWD\n`,

    command: () => {
      if (c.user !== null) throw new RunnerError("kvmtool will not change user");
      if (c.initialBalloonMem !== 0) throw new RunnerError("kvmtool does not support initialBalloonMem");
      if (c.hotplugMem !== 0) throw new RunnerError("kvmtool does not support hotplugMem");
      if (c.hotpluggedMem !== 0) throw new RunnerError("kvmtool does not support hotpluggedMem");
      if (Object.keys(c.credentialFiles).length > 0) {
        throw new RunnerError("kvmtool does not support credentialFiles");
      }
      return joinArgList(runArgs());
    },

    canShutdown: () => backendPassthru("kvmtool", c, (m) => new RunnerError(m)).canShutdown,

    setBalloonScript: () =>
      "if [[ $SIZE =~ ^-(\\d+)$ ]]; then\n" +
      '  ARGS=(-d "${BASH_REMATCH[1]}")\n' +
      "else\n" +
      '  ARGS=(-i "$SIZE")\n' +
      "fi\n" +
      `HOME=$PWD ${lkvm()} balloon "\${ARGS[@]}" -n ${escapeShellArg(hostName)}\n`,
  });
};
