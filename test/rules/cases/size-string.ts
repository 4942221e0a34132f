import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    {
      name: "quoted binary sizes",
      config: 'jetstream {\n  max_mem: "1G"\n  max_file: "512M"\n}\n',
    },
    { name: "integers", config: "jetstream {\n  max_memory_store: 1GB\n}\n" },
  ],
  invalid: [
    {
      name: "GB and lower case in quotes",
      config: 'jetstream {\n  max_memory_store: "1GB"\n  max_file_store: "10g"\n}\n',
      findings: [
        { line: 2, column: 3 },
        { line: 3, column: 3 },
      ],
    },
    {
      name: "a quoted plain number",
      config: 'jetstream {\n  max_file_store: "1024"\n}\n',
      findings: [{ line: 2, column: 3 }],
    },
  ],
};
export default cases;
