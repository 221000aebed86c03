# extra: qemu machineOpts override on microvm with interfaces user+bridge and forwardPorts guest.
{
  networking.hostName = "mo";
  microvm.qemu.machineOpts = { x = "1"; a = "2"; };
  microvm.vcpu = 2;
  microvm.forwardPorts = [ { from = "guest"; proto = "udp"; guest = { address = "10.0.2.3"; port = 53; }; host = { address = "1.1.1.1"; port = 53; }; } ];
  microvm.interfaces = [ { type = "user"; id = "u"; mac = "02:00:00:00:00:01"; } { type = "bridge"; id = "b"; bridge = "br0"; mac = "02:00:00:00:00:02"; } ];
  microvm.devices = [ { bus = "pci"; path = "0000:01:00.0"; qemu.deviceExtraArgs = "x=1"; } ];
}
