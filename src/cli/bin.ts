#!/usr/bin/env node
import { main } from "./main.js";

const code = await main(process.argv.slice(2));
// Exit once stdout has flushed: a piped stdout is written asynchronously.
process.stdout.write("", () => process.exit(code));
