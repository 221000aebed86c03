export default {
  _class: "nixos",
  config: {},
};
