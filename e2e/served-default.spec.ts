import { ChatPage, expect, test } from "./support/chat-page";
import { startOwnServer } from "./support/own-server";
import { STAND_IN } from "./support/ports";
import { requestWith, uniqueMarker } from "./support/stand-in-client";

// A self-hosted server that serves only its own names, not the catalogue's glm-4.5v the app
// starts with: vLLM would answer glm-4.5v with a 404, so every new chat failed until a model was
// picked, and again after each reload.
test("on a server that does not serve glm-4.5v, a new chat starts on the server's default, and a picked self-hosted model is kept across reloads", async ({ page }) => {
  const server = await startOwnServer(4, { ZAI_API_KEY: STAND_IN.key, ZAI_BASE_URL: `${STAND_IN.url}/v1`, ZAI_PROTOCOL: "openai", ZAI_MODELS: "zai-org/GLM-4.6V,zai-org/GLM-4.7" });
  try {
    const chat = new ChatPage(page);
    await chat.goto(server.url);
    const picker = page.getByTestId("model-picker");
    await expect(picker).toHaveAttribute("data-value", "zai-org/GLM-4.6V");
    await expect(picker).toHaveText("GLM-4.6V");
    const first = uniqueMarker();
    await chat.ask(`[[scenario:no-reasoning]] ${first}`);
    expect((await requestWith(first)).body).toMatchObject({ model: "zai-org/GLM-4.6V" });
    await expect(chat.lastAssistant()).toHaveAttribute("data-status", "done");

    // Picked, then reloaded on a new chat: still the picked model, not the catalogue's default.
    await chat.pickModel("zai-org/GLM-4.7");
    await page.getByTestId("new-chat-button").click();
    await chat.goto(server.url);
    await expect(picker).toHaveAttribute("data-value", "zai-org/GLM-4.7");
    const second = uniqueMarker();
    await chat.ask(`[[scenario:no-reasoning]] ${second}`);
    expect((await requestWith(second)).body).toMatchObject({ model: "zai-org/GLM-4.7" });
  } finally {
    server.stop();
  }
});
