/** The stand-in upstream in the test process, so specs can open its gates directly. */
import { createStandIn, type StandIn } from "../stand-in/server";
import { STAND_IN_KEY } from "./api";

export async function startStandIn(port: number): Promise<StandIn & { url: string; stop(): Promise<void> }> {
  const standIn = createStandIn({ key: STAND_IN_KEY, tokensPerSecond: 400 });
  // Node's default 5 s idle keep-alive races the app's pooled upstream connections under load (a
  // reused socket the server is closing fails the request). Providers keep connections far longer.
  standIn.server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    standIn.server.once("error", reject);
    standIn.server.listen(port, "127.0.0.1", resolve);
  });
  return {
    ...standIn,
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        standIn.server.closeAllConnections();
        standIn.server.close(() => resolve());
      }),
  };
}

export const upstreamEnv = (standInUrl: string) => ({
  ZAI_API_KEY: STAND_IN_KEY,
  ZAI_BASE_URL: `${standInUrl}/api/paas/v4`,
  ZAI_PROTOCOL: "zai",
});
