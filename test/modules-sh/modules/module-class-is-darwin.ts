export default {
  _class: "darwin",
  config: {},
};
