/**
 * The `next start` arguments `npm start` uses: loopback unless HOST says otherwise, so a laptop's
 * `npm start` does not offer the key to the whole network. The container image sets
 * HOST=0.0.0.0. An explicit -H/--hostname argument still wins.
 */
export function startArgs(argv, env) {
  const hasHost = argv.some((a) => a === "-H" || a === "--hostname" || a.startsWith("--hostname=") || a.startsWith("-H="));
  return ["start", ...(hasHost ? [] : ["-H", env.HOST || "127.0.0.1"]), ...argv];
}
