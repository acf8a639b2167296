/** Writes the sample report PDF used by demo mode (public/samples) and e2e (e2e/fixtures). */
import { writeFileSync } from "node:fs";
import { sampleReport } from "../e2e/support/make-pdf";

const pdf = sampleReport(3);
writeFileSync("public/samples/report.pdf", pdf);
writeFileSync("e2e/fixtures/report-3pages.pdf", pdf);
