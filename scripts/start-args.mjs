/**
 * The `next start` arguments `npm start` uses: loopback unless HOST says otherwise, so a laptop's
 * `npm start` does not offer the key to the whole network. The container image sets
 * HOST=0.0.0.0. An explicit -H/--hostname argument still wins.
 */
export function startArgs(argv, env) {
  const hasHost = argv.some((a) => a === "-H" || a === "--hostname" || a.startsWith("--hostname=") || a.startsWith("-H="));
  return ["start", ...(hasHost ? [] : ["-H", env.HOST || "127.0.0.1"]), ...argv];
}

/** The address those arguments make `next start` listen on (the last -H/--hostname wins, as in Next's parser). */
export function bindHost(args) {
  let host;
  args.forEach((a, i) => {
    if (a === "-H" || a === "--hostname") host = args[i + 1];
    else if (a.startsWith("--hostname=") || a.startsWith("-H=")) host = a.slice(a.indexOf("=") + 1);
  });
  return host ?? "0.0.0.0";
}
