// Rules about listeners and subsystems: cluster, gateway, leafnodes,
// websocket, mqtt, jetstream and top-level limits.

import { rule as clusterGatewayName } from "../cluster-gateway-name.js";
import { rule as clusterPingMax } from "../cluster-ping-max.js";
import { rule as compressionMode } from "../compression-mode.js";
import { rule as emptyConfig } from "../empty-config.js";
import { rule as gatewayDuplicateName } from "../gateway-duplicate-name.js";
import { rule as gatewayIncomplete } from "../gateway-incomplete.js";
import { rule as jsClusterReqs } from "../js-cluster-reqs.js";
import { rule as jsDomain } from "../js-domain.js";
import { rule as jsKeyAndTpm } from "../js-key-and-tpm.js";
import { rule as jsStoreDir } from "../js-store-dir.js";
import { rule as jsStoreDirMissing } from "../js-store-dir-missing.js";
import { rule as jsSysAccount } from "../js-sys-account.js";
import { rule as leafAccountMissing } from "../leaf-account-missing.js";
import { rule as leafGatewaySysacc } from "../leaf-gateway-sysacc.js";
import { rule as lameDuck } from "../lame-duck.js";
import { rule as leafAuthUsers } from "../leaf-auth-users.js";
import { rule as leafRemote } from "../leaf-remote.js";
import { rule as listenAddress } from "../listen-address.js";
import { rule as maxConnectionsZero } from "../max-connections-zero.js";
import { rule as maxPayload } from "../max-payload.js";
import { rule as maxPayloadLarge } from "../max-payload-large.js";
import { rule as monitorPorts } from "../monitor-ports.js";
import { rule as mqttReqs } from "../mqtt-reqs.js";
import { rule as nameSpaces } from "../name-spaces.js";
import { rule as routesDuplicate } from "../routes-duplicate.js";
import type { Rule } from "../types.js";
import { rule as websocketNoTls } from "../websocket-no-tls.js";
import { rule as websocketOptions } from "../websocket-options.js";
import { rule as websocketTls } from "../websocket-tls.js";

export const SERVER_RULES: readonly Rule[] = [
  nameSpaces,
  clusterGatewayName,
  gatewayIncomplete,
  gatewayDuplicateName,
  leafGatewaySysacc,
  leafAccountMissing,
  leafAuthUsers,
  leafRemote,
  routesDuplicate,
  clusterPingMax,
  compressionMode,
  jsStoreDir,
  jsStoreDirMissing,
  jsClusterReqs,
  jsKeyAndTpm,
  jsSysAccount,
  jsDomain,
  mqttReqs,
  websocketTls,
  websocketNoTls,
  websocketOptions,
  maxConnectionsZero,
  maxPayload,
  maxPayloadLarge,
  lameDuck,
  monitorPorts,
  listenAddress,
  emptyConfig,
];
