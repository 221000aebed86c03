export default {
  imports: [{ _type: "flake" }],
};
