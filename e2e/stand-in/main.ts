import { createStandIn } from "./server";

/** Starts the stand-in upstream: `STANDIN_PORT`, `STANDIN_KEY`, `STANDIN_TPS`, `STANDIN_REASONING_FIELD`. */
const port = Number(process.env.STANDIN_PORT ?? 4010);
const { server } = createStandIn({
  key: process.env.STANDIN_KEY,
  tokensPerSecond: Number(process.env.STANDIN_TPS ?? 200),
  reasoningField: process.env.STANDIN_REASONING_FIELD === "reasoning" ? "reasoning" : "reasoning_content",
});
server.listen(port, "127.0.0.1", () => console.log(`stand-in upstream on http://127.0.0.1:${port}`));
