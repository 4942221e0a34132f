// mqtt {} and its authorization (nats-server 2.15.0-dev, server/opts.go
// parseMQTT, parseSimpleAuth).

import type { BlockSpec } from "../types.js";
import { listenerKeys } from "./common.js";
import { LISTENER_AUTHORIZATION_KEYS } from "./websocket.js";

export const MQTT: BlockSpec = {
  id: "mqtt",
  description: "MQTT listener",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: [
    ...listenerKeys("MQTT clients"),
    { name: "tls", types: ["map"], block: "tls", description: "TLS of the MQTT listener" },
    {
      name: "authorization",
      aliases: ["authentication"],
      types: ["map"],
      block: "mqtt-authorization",
      description: "credentials for MQTT clients, in place of the top-level ones",
    },
    {
      name: "no_auth_user",
      types: ["string"],
      description: "user that MQTT clients without credentials become",
    },
    {
      name: "ack_wait",
      aliases: ["ackwait"],
      types: ["string", "int64"],
      meaning: "duration",
      description: "wait for a client's acknowledgement before redelivery",
    },
    {
      name: "js_api_timeout",
      aliases: ["api_timeout"],
      types: ["string", "int64"],
      meaning: "duration",
      description: "timeout of JetStream API requests made for MQTT",
    },
    {
      name: "max_ack_pending",
      aliases: ["max_pending", "max_inflight"],
      types: ["int64"],
      min: 0,
      max: 65535,
      description: "maximum unacknowledged messages per subscription, 0 to 65535",
    },
    { name: "js_domain", types: ["string"], description: "JetStream domain of the MQTT streams" },
    { name: "stream_replicas", types: ["int64"], description: "replicas of the MQTT streams" },
    // NOTE: the server never reads this value and only warns that the key is
    // ignored, so any type passes processing.
    { name: "consumer_replicas", types: ["int64"], description: "ignored with a warning" },
    {
      name: "consumer_memory_storage",
      types: ["bool"],
      description: "keep MQTT consumers in memory",
    },
    {
      name: "consumer_inactive_threshold",
      aliases: ["consumer_auto_cleanup"],
      types: ["string", "int64"],
      meaning: "duration",
      description: "idle time after which MQTT consumers are deleted",
    },
    { name: "reject_qos2_publish", types: ["bool"], description: "reject QoS 2 publishes" },
    {
      name: "downgrade_qos2_subscribe",
      types: ["bool"],
      description: "downgrade QoS 2 subscriptions to QoS 1",
    },
  ],
};

export const MQTT_AUTHORIZATION: BlockSpec = {
  id: "mqtt-authorization",
  description: "credentials of the MQTT listener",
  keyCase: "insensitive",
  variablesAllowed: true,
  keys: LISTENER_AUTHORIZATION_KEYS,
};
