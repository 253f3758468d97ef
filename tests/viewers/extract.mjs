// node extract.mjs pdfium|pdfjs FILE.pdf: the text of each page as the viewer copies it, pages
// separated by a form feed. Used by tests/e2e/viewer_text_test.cpp.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const [viewer, file] = process.argv.slice(2);
const bytes = await readFile(file);

async function pdfium() {
  const { init } = await import('@embedpdf/pdfium');
  const wasmBinary = await readFile(require.resolve('@embedpdf/pdfium/pdfium.wasm'));
  const m = await init({ wasmBinary });
  m.PDFiumExt_Init();
  const size = bytes.length;
  const ptr = m.pdfium.wasmExports.malloc(size);
  m.pdfium.HEAPU8.set(bytes, ptr);
  const doc = m.FPDF_LoadMemDocument(ptr, size, '');
  if (!doc) throw new Error('pdfium cannot open ' + file);
  const out = [];
  for (let i = 0; i < m.FPDF_GetPageCount(doc); ++i) {
    const page = m.FPDF_LoadPage(doc, i);
    const text = m.FPDFText_LoadPage(page);
    const n = m.FPDFText_CountChars(text);
    const buf = m.pdfium.wasmExports.malloc((n + 1) * 2);
    const written = m.FPDFText_GetText(text, 0, n, buf);
    out.push(m.pdfium.UTF16ToString(buf, (written) * 2));
    m.pdfium.wasmExports.free(buf);
    m.FPDFText_ClosePage(text);
    m.FPDF_ClosePage(page);
  }
  m.FPDF_CloseDocument(doc);
  return out;
}

async function pdfjs() {
  const pdfjsLib = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjsLib.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const out = [];
  for (let i = 1; i <= doc.numPages; ++i) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    let text = '';
    for (const item of content.items) text += item.str + (item.hasEOL ? '\n' : '');
    out.push(text);
  }
  return out;
}

const pages = viewer === 'pdfium' ? await pdfium() : await pdfjs();
process.stdout.write(pages.join('\n\f'));
