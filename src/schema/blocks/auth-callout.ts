// authorization.auth_callout (also auth_hook): delegates client
// authentication to a service (nats-server 2.15.0-dev, server/opts.go
// parseAuthCallout). Not allowed with operators or in FIPS mode.

import type { BlockSpec } from "../types.js";

export const AUTH_CALLOUT: BlockSpec = {
  id: "auth-callout",
  description: "authentication by an external service",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: [
    {
      name: "issuer",
      types: ["string"],
      description: "public account nkey that signs the service's responses (required)",
    },
    {
      name: "account",
      aliases: ["acc"],
      types: ["string"],
      description: "account of the service's users (default $G)",
    },
    {
      name: "auth_users",
      aliases: ["users"],
      types: ["array"],
      description: "users that the service connects as, and that skip the callout (required)",
    },
    {
      name: "xkey",
      aliases: ["key"],
      types: ["string"],
      description: "public curve key that encrypts the callout requests",
    },
    {
      name: "allowed_accounts",
      types: ["array"],
      description: "accounts that the service may place users in",
    },
  ],
};
