import type { RuleCases } from "./types.js";

const cases: RuleCases = {
  valid: [
    { name: "one name", config: "max_connections: 100\n" },
    { name: "same key twice is duplicate-key's", config: "port: 1\nport: 2\n" },
  ],
  invalid: [
    {
      name: "max_conn and max_connections",
      config: "max_connections: 100\nmax_conn: 200\n",
      findings: [{ line: 2, column: 1 }],
    },
    {
      name: "user and username in authorization",
      config: "authorization {\n  user: a\n  username: b\n  password: c\n}\n",
      findings: [{ line: 3, column: 3 }],
    },
    {
      // nats-server 2.9.10 rejects: "Duplicate 'store_dir' configuration".
      name: "store_dir and storedir",
      config: 'store_dir: "/tmp/a"\nstoredir: "/tmp/a"\n',
      findings: [{ line: 2, column: 1 }],
    },
    {
      name: "store_dir and storedir in jetstream",
      config: 'jetstream {\n  store_dir: "/tmp/a"\n  storedir: "/tmp/a"\n}\n',
      findings: [{ line: 3, column: 3 }],
    },
    {
      name: "leaf and leafnodes blocks",
      config: 'leaf {\n  listen: "127.0.0.1:-1"\n}\nleafnodes {\n  no_advertise: true\n}\n',
      findings: [{ line: 4, column: 1 }],
    },
  ],
};
export default cases;
