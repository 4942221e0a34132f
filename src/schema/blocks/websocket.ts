// websocket {} (also written ws {}), its authorization and its response
// headers (nats-server 2.15.0-dev, server/opts.go parseWebsocket,
// parseSimpleAuth).

import type { BlockSpec, KeySpec } from "../types.js";
import { LISTENER_AUTH_TIMEOUT_OTHER_TYPES, listenerKeys } from "./common.js";

/**
 * Keys of websocket.authorization and mqtt.authorization, which the server
 * parses with one function. There are no `users` here: users come from the
 * top-level authorization block and the accounts.
 */
export const LISTENER_AUTHORIZATION_KEYS: readonly KeySpec[] = [
  {
    name: "user",
    aliases: ["username"],
    types: ["string"],
    description: "the single user's name for this listener",
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
  // The server accepts a string timeout here but uses 1 second instead
  // (rule ws-auth-timeout-string), and does the same with any other type.
  {
    name: "timeout",
    types: ["int64", "float64", "string"],
    typesIgnored: ["string"],
    otherTypesAccepted: LISTENER_AUTH_TIMEOUT_OTHER_TYPES,
    meaning: "seconds",
    description: "time allowed for a client to authenticate, a number of seconds",
  },
];

export const WEBSOCKET: BlockSpec = {
  id: "websocket",
  description: "WebSocket listener for clients and leafnodes",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: [
    ...listenerKeys("WebSocket connections"),
    {
      name: "advertise",
      types: ["string"],
      meaning: "host-port",
      description: "WebSocket address announced to clients",
    },
    {
      name: "tls",
      types: ["map"],
      block: "tls",
      description: "TLS of the WebSocket listener (required unless no_tls)",
    },
    {
      name: "no_tls",
      types: ["bool"],
      description: "accept WebSocket connections without TLS (not for production)",
    },
    {
      name: "same_origin",
      types: ["bool"],
      description: "accept only requests whose Origin matches the Host",
    },
    {
      name: "allowed_origins",
      aliases: ["allowed_origin", "allow_origins", "allow_origin", "origins", "origin"],
      types: ["string", "array"],
      items: ["string"],
      meaning: "url",
      description: "accepted Origin values, as absolute http(s) URLs",
    },
    {
      name: "handshake_timeout",
      types: ["int64", "string"],
      meaning: "seconds",
      description: "timeout of the WebSocket and TLS handshakes, as seconds or a duration",
    },
    {
      name: "compress",
      aliases: ["compression"],
      types: ["bool"],
      description: "per-message compression",
    },
    {
      name: "authorization",
      aliases: ["authentication"],
      types: ["map"],
      block: "websocket-authorization",
      description: "credentials for WebSocket clients, in place of the top-level ones",
    },
    {
      name: "jwt_cookie",
      types: ["string"],
      description: "cookie that carries the user JWT (operator mode)",
    },
    { name: "user_cookie", types: ["string"], description: "cookie that carries the user name" },
    { name: "pass_cookie", types: ["string"], description: "cookie that carries the password" },
    { name: "token_cookie", types: ["string"], description: "cookie that carries the token" },
    {
      name: "no_auth_user",
      types: ["string"],
      description: "user that WebSocket clients without credentials become",
    },
    {
      name: "headers",
      types: ["map"],
      block: "websocket-headers",
      description: "extra HTTP headers of the handshake response",
    },
    {
      name: "ping_interval",
      types: ["string", "int64"],
      meaning: "duration",
      description: "interval of WebSocket pings",
    },
  ],
};

export const WEBSOCKET_AUTHORIZATION: BlockSpec = {
  id: "websocket-authorization",
  description: "credentials of the WebSocket listener",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: LISTENER_AUTHORIZATION_KEYS,
};

/**
 * websocket.headers: header name to value. The server rejects Host,
 * Content-Length, Connection, Upgrade, Nats-No-Masking and Sec-WebSocket-*.
 */
export const WEBSOCKET_HEADERS: BlockSpec = {
  id: "websocket-headers",
  description: "HTTP headers added to the WebSocket handshake response",
  keyCase: "exact",
  variablesAllowed: true,
  keys: [],
  dataEntries: { types: ["string"], description: "a header value" },
};
