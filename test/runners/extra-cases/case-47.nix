# extra: firecracker volumes with serial and direct, then a user interface (warnings before error), cpu template with escapes.
{
  networking.hostName = "fcw";
  microvm.firecracker.cpu = { z = { "a\"b" = "line\nnext\ttab"; n = 3; }; a = [ true null ]; };
  microvm.volumes = [
    { image = "a.img"; mountPoint = "/a"; size = 10; serial = "s"; }
    { image = "b.img"; mountPoint = "/b"; size = 10; direct = true; readOnly = true; }
  ];
  microvm.interfaces = [ { type = "user"; id = "u"; mac = "02:00:00:00:00:01"; } ];
}
