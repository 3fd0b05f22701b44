// Defaults, except: the consumer's types are checked by the package test's own tsc step.
export default { typescript: { ignoreBuildErrors: true } };
