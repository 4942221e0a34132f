// The program that bin/natsconf runs: the command line on the real terminal.

import { processIo } from "./io.js";
import { main } from "./main.js";

process.exitCode = await main(process.argv.slice(2), processIo());
