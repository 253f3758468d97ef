#include "server/document_preview.h"

#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>

#include <unistd.h>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include "base/durable_file.h"
#include "base/escape.h"

namespace wop::server {

namespace {

std::string readWhole(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

}  // namespace

std::filesystem::path documentPreview(const std::filesystem::path& pdf, const std::string& sha256,
                                      const std::filesystem::path& dataDir) {
    const std::filesystem::path folder = dataDir / "previews";
    const std::filesystem::path preview = folder / (sha256 + ".png");
    if (std::filesystem::is_regular_file(preview)) return preview;

    std::string bytes = readWhole(pdf);
    std::unique_ptr<poppler::document> document(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!document || document->is_locked() || document->pages() < 1)
        throw std::runtime_error(pdf.string() + ": no PDF with a page Poppler can open");
    std::unique_ptr<poppler::page> first(document->create_page(0));
    const double points = first ? first->page_rect().width() : 0;
    if (points <= 0) throw std::runtime_error(pdf.string() + ": its first page has no width");
    poppler::page_renderer renderer;
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    renderer.set_image_format(poppler::image::format_rgb24);
    // The resolution that makes the page documentPreviewWidth pixels wide.
    const double dpi = documentPreviewWidth * 72.0 / points;
    const poppler::image image = renderer.render_page(first.get(), dpi, dpi, 0, 0, documentPreviewWidth, -1);
    if (!image.is_valid()) throw std::runtime_error(pdf.string() + ": Poppler could not render its first page");

    // Poppler writes PNG to a file only: a scratch file of this process's,
    // then read and written atomically where readers look.
    base::createFolders(folder, base::Readers::Owner);
    const std::filesystem::path scratch = folder / (sha256 + ".png." + std::to_string(::getpid()) + ".part");
    if (!image.save(scratch.string(), "png")) {
        std::filesystem::remove(scratch);
        throw std::runtime_error(scratch.string() + ": Poppler could not write the preview");
    }
    const std::string png = readWhole(scratch);
    std::filesystem::remove(scratch);
    base::writeFileAtomically(preview, png, base::Readers::Owner);
    return preview;
}

namespace html {

std::string documentPreviewImage(const std::string& id, const std::string& alt) {
    return "<img class=\"preview\" src=\"/api/documents/" + base::escape(id) + "/preview.png\" width=\"" +
           std::to_string(documentPreviewWidth / 2) + "\" alt=\"" + base::escape(alt) + "\" loading=\"lazy\">";
}

}  // namespace html

}  // namespace wop::server
