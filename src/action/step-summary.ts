// The step summary is written once per run, by the gate or by the fan-in; a runner that cannot
// take it gets a warning, never a failed job.
import { runner, type WorkflowCommands } from "./workflow-commands.js";

export async function writeSummary(markdown: string, commands: WorkflowCommands = runner): Promise<void> {
  try {
    await commands.appendSummary(markdown);
  } catch (error) {
    commands.warning(`deploy-gate could not write the step summary: ${(error as Error).message}`);
  }
}
