# Extra: macvtap interfaces with vcpu = 4 (multi-queue), plus a tap.
{
  networking.hostName = "mv";
  microvm.vcpu = 4;
  microvm.interfaces = [
    { type = "macvtap"; id = "vm-mv0"; mac = "02:00:00:00:00:01"; macvtap = { link = "eth0"; mode = "bridge"; }; }
    { type = "tap"; id = "vm-tap"; mac = "02:00:00:00:00:02"; }
    { type = "macvtap"; id = "vm-mv1"; mac = "02:00:00:00:00:03"; macvtap = { link = "eth1"; mode = "private"; }; }
  ];
}
