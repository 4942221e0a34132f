// authorization {}, user entries and permissions (nats-server v2.9.10 to v2.14,
// server/opts.go parseAuthorization, parseUsers, parseUserPermissions).

import type { BlockSpec } from "../types.js";
import { AUTH_TIMEOUT_OTHER_TYPES } from "./common.js";

export const AUTHORIZATION: BlockSpec = {
  id: "authorization",
  description: "client authentication and authorization",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: [
    {
      name: "user",
      aliases: ["username"],
      types: ["string"],
      description: "the single user's name",
    },
    {
      name: "password",
      aliases: ["pass"],
      types: ["string"],
      description: "the single user's password, plain or bcrypt",
    },
    {
      name: "token",
      types: ["string"],
      description: "a token that clients send instead of a user and password",
    },
    {
      name: "timeout",
      types: ["int64", "float64", "string"],
      typesSince: { string: "2.11.2" },
      typeBeforeSince: "ignored",
      otherTypesAccepted: AUTH_TIMEOUT_OTHER_TYPES,
      meaning: "seconds",
      description: "time allowed for a client to authenticate",
    },
    {
      name: "users",
      types: ["array"],
      block: "user",
      description: "users with their passwords, nkeys and permissions",
    },
    {
      name: "default_permissions",
      aliases: ["default_permission", "permissions"],
      types: ["map"],
      block: "permissions",
      description: "permissions of users that have none of their own",
    },
    {
      name: "auth_callout",
      aliases: ["auth_hook"],
      types: ["map"],
      block: "auth-callout",
      since: "2.10.0",
      description: "delegate authentication to a service",
    },
    {
      name: "proxy_required",
      types: ["bool"],
      since: "2.12.0",
      description: "accept clients only through a trusted proxy",
    },
  ],
};

export const USER: BlockSpec = {
  id: "user",
  description: "one user in authorization.users or accounts.NAME.users",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: [
    {
      name: "user",
      aliases: ["username"],
      types: ["string"],
      description:
        "the user's name; with certificate mapping, an email, DNS name, URI or subject DN",
    },
    {
      name: "password",
      aliases: ["pass"],
      types: ["string"],
      description: "the password, plain or bcrypt",
    },
    { name: "nkey", types: ["string"], description: "the user's public nkey (starts with U)" },
    {
      name: "permissions",
      aliases: ["permission", "authorization"],
      types: ["map"],
      block: "permissions",
      description: "what the user may publish and subscribe to",
    },
    {
      name: "allowed_connection_types",
      aliases: ["connection_types", "clients"],
      types: ["string", "array"],
      values: ["STANDARD", "WEBSOCKET", "LEAFNODE", "LEAFNODE_WS", "MQTT", "MQTT_WS", "IN_PROCESS"],
      valuesIgnoreCase: true,
      description: "the kinds of connection the user may use",
    },
    {
      name: "proxy_required",
      types: ["bool"],
      since: "2.12.0",
      description: "accept this user only through a trusted proxy",
    },
  ],
};

export const PERMISSIONS: BlockSpec = {
  id: "permissions",
  description: "publish and subscribe permissions",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: [
    {
      name: "publish",
      aliases: ["pub", "import"],
      types: ["string", "array", "map"],
      block: "permission-rule",
      description: "subjects the user may publish to",
    },
    {
      name: "subscribe",
      aliases: ["sub", "export"],
      types: ["string", "array", "map"],
      block: "permission-rule",
      description: "subjects the user may subscribe to",
    },
    {
      name: "allow_responses",
      aliases: ["publish_allow_responses"],
      types: ["bool", "map"],
      block: "allow-responses",
      description: "allow replies to requests received, even without publish permission",
    },
  ],
};

export const PERMISSION_RULE: BlockSpec = {
  id: "permission-rule",
  description: "allow and deny lists of a publish or subscribe permission",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: [
    {
      name: "allow",
      types: ["string", "array"],
      meaning: "subject",
      description: "subjects that are allowed",
    },
    {
      name: "deny",
      types: ["string", "array"],
      meaning: "subject",
      description: "subjects that are denied",
    },
  ],
};

export const ALLOW_RESPONSES: BlockSpec = {
  id: "allow-responses",
  description: "limits of allow_responses",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: [
    {
      name: "max",
      aliases: ["max_msgs", "max_messages", "max_responses"],
      types: ["int64"],
      description: "replies allowed per request",
    },
    {
      name: "expires",
      aliases: ["expiration", "ttl"],
      types: ["string"],
      meaning: "duration-string",
      description: "how long replies are allowed",
    },
  ],
};
