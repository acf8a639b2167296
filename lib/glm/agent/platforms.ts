/** The platforms an agent session can target, and the name the prompt gives each. */
export const AGENT_PLATFORMS = ["ubuntu", "windows", "macos", "android"] as const;
export type AgentPlatform = (typeof AGENT_PLATFORMS)[number];

/** The `# Task Platform` line. Upstream's desktop prompt says "Ubuntu" (OSWorld). */
export const PLATFORM_NAMES: Record<AgentPlatform, string> = {
  ubuntu: "Ubuntu",
  windows: "Windows",
  macos: "macOS",
  android: "Mobile",
};

export function isMobile(platform: AgentPlatform): boolean {
  return platform === "android";
}

export function isAgentPlatform(value: unknown): value is AgentPlatform {
  return typeof value === "string" && (AGENT_PLATFORMS as readonly string[]).includes(value);
}
