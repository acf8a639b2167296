/**
 * The demo's general answers in Simplified Chinese, for questions written in Chinese
 * (lib/demo/answer-language.ts). Each mirrors its English twin in script.ts / agent-answers.ts
 * piece for piece (bold, code block, answer box, boxes, times, page references), so what the app
 * renders is the same and only the prose differs.
 */
import { GREET_CODE_BLOCK } from "./greet-code";
import type { CitedPages } from "./agent-answers";
import type { ScriptedAnswer } from "./script";

export function zhTextAnswer(q: string): ScriptedAnswer {
  return {
    reasoning: `用户写道：“${q}”。这是演示模式，所以我按脚本回答，并展示应用能显示的内容：推理过程、Markdown、代码和答案框。`,
    content: [
      `**演示模式。** 没有设置 \`ZAI_API_KEY\`，所以由脚本模型回答。你的问题：_${q}_`,
      "",
      "真实的回答可以包含：",
      "",
      "- 列表、**粗体**和`行内代码`",
      "- 带语法高亮的代码块：",
      "",
      ...GREET_CODE_BLOCK,
      "",
      "最终答案：<|begin_of_box|>设置 ZAI_API_KEY 即可与 GLM 对话<|end_of_box|>",
    ].join("\n"),
    finishReason: "stop",
  };
}

export function zhImageAnswer(q: string): ScriptedAnswer {
  return {
    reasoning: `演示模式：我其实看不到图片，所以标出图片中央，展示方框是如何绘制的。问题：“${q}”。`,
    content: "演示模式看不到图片。这个方框展示了回答是如何绘制的：图片的中央 <|begin_of_box|>[[250,250,750,750]]<|end_of_box|>",
    finishReason: "stop",
  };
}

export function zhVideoAnswer(q: string): ScriptedAnswer {
  return {
    reasoning: `演示模式：我其实看不了视频，所以说出开头附近的几个时刻，展示时间如何链接到视频。问题：“${q}”。`,
    content: "演示模式看不了视频。回答中的时间会链接到视频：00:00 是第一帧，00:01 和 00:02 紧随其后。选择一个时间即可从那里播放。",
    finishReason: "stop",
  };
}

export function zhDocumentAnswer(name: string, refs: CitedPages): ScriptedAnswer {
  return {
    reasoning: `按顺序阅读 ${name} 的各页。`,
    content: [
      `**${name}**（演示回答：演示模型并没有真正阅读这些页面）。`,
      "",
      `- 第${refs.first}页是摘要：收入增长 12%，达到 420 万。`,
      `- 第${refs.second}页的图表显示了五个地区；第${refs.range ?? refs.last}页给出了细节。`,
      `- 带发票编号的小字在 page ${refs.last}（用英文写法，同样可以链接）。`,
    ].join("\n"),
    finishReason: "stop",
  };
}

export function zhGroundingShapes(): ScriptedAnswer {
  return {
    reasoning: "我看到四个形状：左边一个红色圆形，中间一个蓝色矩形和一个橙色正方形，右边一个绿色三角形。",
    content: [
      "这些形状是：",
      "",
      "- 红色圆形：[100,333,300,667]",
      "- 蓝色矩形：<|begin_of_box|>[[420,200,620,467]]<|end_of_box|>",
      "- 橙色正方形：(430,667,550,867)",
      "- 绿色三角形：<bbox>700,633,900,933</bbox>",
    ].join("\n"),
    finishReason: "stop",
  };
}

export function zhGuiClick(): ScriptedAnswer {
  return {
    reasoning: "任务是保存设置。“保存更改”按钮在表单下方。",
    content: [
      // The labels stay English: they are the GUI-agent format's keywords, not prose.
      "Memory: 用户在设置页面，已经修改了一些字段。",
      "Reason: 需要保存这些更改，所以我点击“保存更改”按钮。",
      "Action: <|begin_of_box|>left_click(start_box='[281,479]')<|end_of_box|>",
    ].join("\n"),
    finishReason: "stop",
  };
}
