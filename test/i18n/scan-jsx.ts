import ts from "typescript";

/** Attributes whose text a user reads or hears: these must come from the catalogue. */
const TEXT_ATTRIBUTES = new Set(["aria-label", "title", "placeholder", "alt", "label", "aria-description", "aria-valuetext", "description"]);

/** Words that are the same in every language: the brand, model ids, units, keys on a keyboard. */
const ALLOWED = [/^GLM( Chat)?$/, /^GLM-[\w.-]+$/, /^Z\.ai$/, /^Esc$/, /^⌘|^Ctrl\b/, /^(KB|MB|GB|PDF|PNG|JPEG|JSON|HTML|URL|SVG)$/];

export type Finding = { line: number; text: string; where: string };

/** Reads like words to a person: two letters in a row, and not a lone identifier-looking token. */
function looksHuman(text: string): boolean {
  const t = text.replace(/\s+/g, " ").trim();
  if (!/[A-Za-z]{2,}/.test(t)) return false;
  return !ALLOWED.some((re) => re.test(t));
}

/** String literals that end up as the value of an expression (through ?:, ?? and ||), not ones passed to calls. */
function literalValues(node: ts.Node): ts.StringLiteralLike[] | ts.TemplateExpression[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isTemplateExpression(node)) return [node];
  if (ts.isParenthesizedExpression(node)) return literalValues(node.expression) as ts.StringLiteralLike[];
  if (ts.isConditionalExpression(node)) return [...literalValues(node.whenTrue), ...literalValues(node.whenFalse)] as ts.StringLiteralLike[];
  if (ts.isBinaryExpression(node) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(node.operatorToken.kind))
    return literalValues(node.right) as ts.StringLiteralLike[];
  return [];
}

function literalText(node: ts.Node): string {
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(" ");
  return (node as ts.StringLiteralLike).text;
}

/**
 * Finds English a user would see that is typed straight into JSX: text between tags, text-bearing
 * attributes (aria-label, title, placeholder, alt, label), and literals chosen inside `{…}` children.
 * A heuristic: strings built in plain functions are not seen (review catches those).
 */
export function findHardcodedStrings(source: string, fileName = "x.tsx"): Finding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Finding[] = [];
  const add = (node: ts.Node, text: string, where: string) => {
    if (looksHuman(text)) found.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim(), where });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) add(node, node.text, "text");
    else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)))
      for (const lit of literalValues(node.expression)) add(lit, literalText(lit), "text");
    else if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const init = node.initializer;
      const values = ts.isStringLiteral(init) ? [init] : ts.isJsxExpression(init) && init.expression ? literalValues(init.expression) : [];
      for (const lit of values) add(lit, literalText(lit), node.name.getText());
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
