/**
 * cloud-hypervisor's `preStart` (lib/runners/cloud-hypervisor.nix): removes
 * a stale API socket, forwards systemd's notify socket over vsock, and
 * starts crosvm's GPU device for graphics.
 */
import type { CloudHypervisorExtraArgs } from "./cloud-hypervisor-extra-args.js";
import type { BackendContext } from "./types.js";
import { operandPath, shellWord, singleQuoted } from "../../modules/microvm/shell.js";
import { nixToJSON, pkgPath } from "./util.js";

const gpuParams = {
  "context-types": "virgl:virgl2:cross-domain",
  displays: [{ hidden: true }],
  egl: true,
  vulkan: true,
};

/** The script the runner runs before cloud-hypervisor; it replaces `microvm.preStart` (which it includes). */
export function cloudHypervisorPreStart(ctx: BackendContext, extra: CloudHypervisorExtraArgs): string {
  const { microvmConfig: cfg, pkgs } = ctx;
  const { socket, graphics } = cfg;
  const removeSocket =
    socket === null
      ? ""
      : "# workaround cloud-hypervisor sometimes\n" +
        "# stumbling over a preexisting socket\n" +
        `rm -f ${singleQuoted(operandPath(socket))}\n`;
  let script = `${cfg.preStart}\n${removeSocket}\n\n`;
  if (extra.vsockCID !== null) {
    const { vsockPath } = extra;
    const notifySocket = shellWord(operandPath(`${vsockPath}_8888`));
    script +=
      "# Ensure notify sockets are removed if cloud-hypervisor didn't exit cleanly the last time\n" +
      `rm -f ${shellWord(operandPath(vsockPath))} ${notifySocket}\n` +
      "\n" +
      "# Start socat to forward systemd notify socket over vsock\n" +
      'if [ -n "${NOTIFY_SOCKET:-}" ]; then\n' +
      "  # -T2 is required because cloud-hypervisor does not handle partial\n" +
      "  # shutdown of the stream, like systemd v256+ does.\n" +
      `  ${pkgPath(pkgs, "socat")}/bin/socat -T2 UNIX-LISTEN:${shellWord(`${vsockPath}_8888`)},fork "UNIX-SENDTO:$NOTIFY_SOCKET" &\n` +
      "fi\n";
  }
  if (graphics.enable) {
    const gpuSocket = shellWord(operandPath(graphics.socket));
    script +=
      `rm -f ${gpuSocket}\n` +
      `${pkgPath(pkgs, "crosvm")}/bin/crosvm device gpu \\\n` +
      `  --socket ${shellWord(graphics.socket)} \\\n` +
      '  --wayland-sock "$XDG_RUNTIME_DIR/$WAYLAND_DISPLAY" \\\n' +
      `  --params '${nixToJSON(gpuParams)}' \\\n` +
      "  &\n" +
      `while ! [ -S ${gpuSocket} ]; do\n` +
      "  sleep .1\n" +
      "done\n";
  }
  return script;
}
