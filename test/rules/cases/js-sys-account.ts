import type { RuleCases } from "./types.js";

const JS = 'jetstream { store_dir: "/data" }\n';

const cases: RuleCases = {
  valid: [
    {
      name: "JetStream on an application account",
      config: `${JS}accounts { SYS {}, APP { jetstream: enabled } }\nsystem_account: SYS\n`,
    },
    {
      name: "system account with JetStream disabled",
      config: `${JS}accounts { SYS { jetstream: disabled } }\nsystem_account: SYS\n`,
    },
    {
      name: "server JetStream off",
      config: "accounts { SYS { jetstream: enabled } }\nsystem_account: SYS\n",
    },
    {
      name: "$SYS is not the system account",
      config: `${JS}accounts { SYS {}, "$SYS" { jetstream: true } }\nsystem_account: SYS\n`,
    },
    {
      name: "no system account",
      config: `${JS}no_system_account: true\naccounts { "$SYS" { jetstream: true } }\n`,
    },
  ],
  invalid: [
    {
      name: "named system account",
      config: `${JS}accounts {\n  SYS { jetstream: enabled }\n}\nsystem_account: SYS\n`,
      findings: [{ line: 3, column: 9 }],
      serverVersion: "2.9.10",
    },
    {
      name: "default $SYS with a limits map, upper-case key",
      config: `${JS}accounts { "$SYS": { JetStream: { max_mem: 1G } } }\n`,
      findings: [{ line: 2, column: 22 }],
    },
    {
      name: "system alias through a variable",
      config: `${JS}ACC = SYS\nsystem: $ACC\naccounts { SYS { jetstream: true } }\n`,
      findings: [{ line: 4, column: 18 }],
    },
  ],
};
export default cases;
