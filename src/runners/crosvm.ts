/** lib/runners/crosvm.nix: the crosvm backend. */
import { type Backend, type BackendContext, type BackendOutput, RunnerError } from "./types.js";
import { backendPassthru } from "../../modules/microvm/passthru.js";
import { operandPath, shellWord } from "../../modules/microvm/shell.js";
import {
  type Arg,
  args,
  attrOf,
  boolToString,
  compareVersions,
  escapeShellArgList,
  escapeShellArgs,
  getAttr,
  interpolate,
  joinArgList,
  lazyAttrs,
  nixToJSON,
  nixToString,
  outputOf,
  pkgPath,
  storeDiskOf,
} from "./util.js";

const gpuParams = {
  "context-types": "virgl:virgl2:cross-domain",
  egl: true,
  vulkan: true,
};

export const crosvm: Backend = (ctx: BackendContext): BackendOutput => {
  const { microvmConfig: c, pkgs } = ctx;
  const { socket, graphics, user, volumes, shares, devices, vsock } = c;
  const { pivotRoot, extraArgs } = c.crosvm;
  const crosvmBin = (): string => `${pkgPath(pkgs, "crosvm")}/bin/crosvm`;

  const kernelPath = (): string =>
    attrOf(
      {
        "x86_64-linux": () => `${outputOf(c.kernel, "dev", "microvm.kernel")}/vmlinux`,
        "aarch64-linux": () => `${outputOf(c.kernel, "out", "microvm.kernel")}/${pkgs.hostPlatform.kernelTarget}`,
      },
      pkgs.hostPlatform.system,
    );

  const crosvmVersion = (): string => {
    const { version } = pkgs.get("crosvm");
    if (version === undefined) throw new RunnerError("attribute 'version' missing");
    return version;
  };

  const runArgs = (): Arg[] => [
    ...args(
      crosvmBin(),
      "run",
      "-m",
      String(c.mem),
      "-c",
      String(c.vcpu),
      "--serial",
      "type=stdout,console=true,stdin=true",
      "-p",
    ),
    () => `console=ttyS0 reboot=k panic=1 ${nixToString(c.kernelParams)}`,
    ...(c.balloon ? [] : args("--no-balloon")),
    ...(c.storeOnDisk ? [...args("-r"), () => interpolate(storeDiskOf(c))] : []),
    ...(graphics.enable ? args("--vhost-user-gpu", graphics.socket) : []),
    // workarounds
    ...(compareVersions(crosvmVersion(), "107.1") < 0 ? args("--seccomp-log-failures") : []),
    ...(pivotRoot !== null ? args("--pivot-root", pivotRoot) : []),
    ...(socket !== null ? args("-s", socket) : []),
    ...volumes.flatMap(({ image, direct, serial, readOnly }): Arg[] => [
      ...args("--block"),
      () =>
        `${image},o_direct=${boolToString(direct)},ro=${boolToString(readOnly)}${
          serial !== null ? `,id=${serial}` : ""
        }`,
    ]),
    ...shares.flatMap(({ proto, tag, source, socket: shareSocket, readOnly }): Arg[] =>
      attrOf<Arg[]>(
        {
          virtiofs: () => [...args("--vhost-user"), () => `type=fs,socket=${interpolate(shareSocket)}`],
          "9p": () => {
            if (readOnly) throw new RunnerError("Readonly 9p share is not supported");
            return args("--shared-dir", `${source}:${tag}:type=p9`);
          },
        },
        proto,
      ),
    ),
    ...c.interfaces.flatMap(({ id, type, mac }): Arg[] => [
      ...args("--net"),
      () => {
        let device: string;
        if (type === "tap") device = `tap-name=${id}`;
        else if (type === "macvtap") device = `tap-fd=${nixToString(getAttr(ctx.macvtapFds, id))}`;
        else throw new RunnerError(`Unsupported interface type ${type} for crosvm`);
        return [device, `mac=${mac}`].join(",");
      },
    ]),
    ...(vsock.cid !== null ? args("--vsock", String(vsock.cid)) : []),
    ...args("--initrd", c.initrdPath),
    kernelPath,
  ];

  const vfioArgs = (): Arg[] =>
    devices.flatMap(({ bus, path }): Arg[] =>
      attrOf<Arg[]>(
        {
          pci: () => args("--vfio", shellWord(`/sys/bus/pci/devices/${path},iommu=viommu`)),
          usb: () => {
            throw new RunnerError("USB passthrough is not supported on crosvm");
          },
        },
        bus,
      ),
    );

  return lazyAttrs<BackendOutput>({
    preStart: () =>
      `rm -f ${shellWord(operandPath(interpolate(socket)))}\n${c.preStart}\n` +
      `${pivotRoot !== null ? `mkdir -p ${shellWord(operandPath(pivotRoot))}\n` : ""}\n` +
      (graphics.enable
        ? `rm -f ${shellWord(operandPath(graphics.socket))}\n` +
          `${crosvmBin()} device gpu \\\n` +
          `  --socket ${shellWord(graphics.socket)} \\\n` +
          '  --wayland-sock "$XDG_RUNTIME_DIR/$WAYLAND_DISPLAY"\\\n' +
          `  --params '${nixToJSON(gpuParams)}' \\\n` +
          "  &\n" +
          `while ! [ -S ${shellWord(operandPath(graphics.socket))} ]; do\n` +
          "  sleep .1\n" +
          "done\n"
        : ""),

    command: () => {
      if (user !== null) throw new RunnerError("crosvm will not change user");
      if (c.initialBalloonMem !== 0) throw new RunnerError("crosvm does not support initialBalloonMem");
      if (c.hotplugMem !== 0) throw new RunnerError("crosvm does not support hotplugMem");
      if (c.hotpluggedMem !== 0) throw new RunnerError("crosvm does not support hotpluggedMem");
      if (Object.keys(c.credentialFiles).length > 0) {
        throw new RunnerError("crosvm does not support credentialFiles");
      }
      // vfio devices go outside of the escaped arguments
      return `${escapeShellArgList(runArgs())} ${joinArgList(vfioArgs())} ${escapeShellArgs(extraArgs)}`;
    },

    canShutdown: () => backendPassthru("crosvm", c, (m) => new RunnerError(m)).canShutdown,

    shutdownCommand: () => {
      if (socket === null) throw new RunnerError("Cannot shutdown without socket");
      return `${crosvmBin()} powerbtn ${shellWord(socket)}\n`;
    },

    setBalloonScript: () =>
      socket !== null
        ? "VALUE=$(( $SIZE * 1024 * 1024 ))\n" +
          `${crosvmBin()} balloon "$VALUE" ${shellWord(socket)}\n` +
          `SIZE=$( ${crosvmBin()} balloon_stats ${shellWord(socket)} | \\\n` +
          `  ${pkgPath(pkgs, "jq")}/bin/jq -r .BalloonStats.balloon_actual \\\n` +
          ")\n" +
          "echo $(( $SIZE / 1024 / 1024 ))\n"
        : null,

    requiresMacvtapAsFds: () => true,
  });
};
