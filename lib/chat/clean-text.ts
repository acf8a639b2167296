/** The text a user means when they copy an answer: GLM's answer-box tokens removed. */
export function cleanMessageText(content: string): string {
  return content.replace(/<\|(begin|end)_of_box\|>/g, "").replace(/<\|[a-z_]*$/, "");
}
