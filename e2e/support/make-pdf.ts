/**
 * A minimal PDF writer for fixtures and benchmarks: A4 pages with Helvetica text (not embedded,
 * so pdf.js needs its standard font data, as for many real PDFs) and a bar chart drawn in
 * vector paths. Deterministic output for a given input.
 */

export interface PdfPageSpec {
  title: string;
  lines: string[];
  /** Lines printed at 7 pt: the "small print" whose legibility the page size must keep. */
  smallPrint?: string[];
  /** Bar heights 0-1 for a small chart. */
  bars?: number[];
  /** Page size in points; A4 portrait by default. */
  size?: [number, number];
}

const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, "?");

function pageContent(p: PdfPageSpec): string {
  const top = (p.size?.[1] ?? 842) - 62;
  const ops: string[] = ["BT", "/F1 22 Tf", `56 ${top} Td`, `(${esc(p.title)}) Tj`, "ET"];
  let y = top - 40;
  for (const line of p.lines) {
    ops.push("BT", "/F1 11 Tf", `56 ${y} Td`, `(${esc(line)}) Tj`, "ET");
    y -= 16;
  }
  if (p.bars?.length) {
    const x0 = 56;
    const base = y - 170;
    ops.push("0.2 0.4 0.8 rg");
    p.bars.forEach((h, i) => ops.push(`${x0 + i * 40} ${base} 28 ${Math.round(h * 150)} re f`));
    ops.push("0 0 0 rg", `${x0} ${base} m ${x0 + p.bars.length * 40} ${base} l S`);
    y = base - 24;
  }
  for (const line of p.smallPrint ?? []) {
    ops.push("BT", "/F1 7 Tf", `56 ${y} Td`, `(${esc(line)}) Tj`, "ET");
    y -= 9;
  }
  return ops.join("\n");
}

export function makePdf(pages: PdfPageSpec[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1; // 1-based object numbers
  const catalog = add("<< /Type /Catalog /Pages 2 0 R >>");
  const pagesObj = add(""); // filled once the kids are known
  const font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  const kids: number[] = [];
  for (const p of pages) {
    const content = pageContent(p);
    const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${(p.size ?? [595, 842]).join(" ")}] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`));
  }
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/** Sizes of the sample report's pages: A4 portrait, A4 landscape, US Letter (tests tell pages apart by shape). */
export const REPORT_PAGE_SIZES: Array<[number, number]> = [[595, 842], [842, 595], [612, 792]];

/** The sample "report": three pages of different shapes, a chart on page 2, small print on each. */
export function sampleReport(pages = 3): Uint8Array {
  return makePdf(
    Array.from({ length: pages }, (_, i) => ({
      title: `Quarterly report - page ${i + 1}`,
      lines: [
        i === 0 ? "Summary: revenue grew 12% to 4.2 million; costs fell 3%." : `Section ${i + 1} details.`,
        `Region ${String.fromCharCode(65 + (i % 26))} sales were ${100 + i * 7} units.`,
        "Figures are in thousands of US dollars unless stated.",
      ],
      bars: i % 3 === 1 ? [0.3, 0.5, 0.8, 0.6, 0.9] : undefined,
      size: pages <= 3 ? REPORT_PAGE_SIZES[i] : undefined,
      smallPrint: [`Note ${i + 1}: audited figures; invoice ref. INV-2026-${String(1000 + i)}; contact finance@example.com.`],
    })),
  );
}
