# extra: qemu q35, forwardPorts without user net, usb device, user, credentials, extraArgs, hugepages, hotplug.
{
  networking.hostName = "q35";
  microvm.qemu.machine = "q35";
  microvm.qemu.extraArgs = [ "-foo" "a b" "it's" ];
  microvm.forwardPorts = [ { from = "host"; host.port = 80; guest.port = 8080; } ];
  microvm.interfaces = [ { type = "tap"; id = "t0"; mac = "02:00:00:00:00:01"; } ];
  microvm.devices = [ { bus = "usb"; path = "vendorid=0x1,productid=0x2"; } ];
  microvm.user = "me";
  microvm.vcpu = 3;
  microvm.hugepageMem = true;
  microvm.credentialFiles = { b = "/b"; a = "/a"; };
}
