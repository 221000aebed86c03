# extra: two macvtap interfaces, vcpu 2, mem 2048.
{
  networking.hostName = "mvtap";
  microvm.vcpu = 2;
  microvm.mem = 2048;
  microvm.interfaces = [
    { type = "macvtap"; id = "mv0"; mac = "02:00:00:00:00:01"; macvtap = { link = "eth0"; mode = "bridge"; }; }
    { type = "tap"; id = "tp0"; mac = "02:00:00:00:00:03"; }
    { type = "macvtap"; id = "mv1"; mac = "02:00:00:00:00:02"; macvtap = { link = "eth1"; mode = "passthru"; }; }
  ];
}
