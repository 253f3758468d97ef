#include "pdf/signature_fields.h"

#include <map>
#include <string>
#include <variant>

namespace wop::pdf {

namespace {

QPDFObjectHandle rectangle(const layout::SignatureField& field) {
    QPDFObjectHandle rect = QPDFObjectHandle::newArray();
    for (float value : {field.x, field.y, field.x + field.width, field.y + field.height})
        rect.appendItem(QPDFObjectHandle::newReal(value, 2));
    return rect;
}

}  // namespace

void addSignatureFields(QPDF& pdf, std::vector<QPDFPageObjectHelper>& pageObjects, const layout::PageSet& pages) {
    QPDFObjectHandle fields = QPDFObjectHandle::newArray();
    std::map<std::string, int> uses;
    for (size_t p = 0; p < pages.pages.size(); ++p) {
        QPDFObjectHandle page = pageObjects.at(p).getObjectHandle();
        for (const layout::Item& item : pages.pages[p].items) {
            const auto* field = std::get_if<layout::SignatureField>(&item);
            if (!field) continue;
            const int use = ++uses[field->name];
            const std::string name = use == 1 ? field->name : field->name + "-" + std::to_string(use);
            // A field and its one widget in one dictionary, as PDF allows;
            // printed (/F 4) once signed.
            QPDFObjectHandle widget = pdf.makeIndirectObject(QPDFObjectHandle::parse(
                "<< /Type /Annot /Subtype /Widget /FT /Sig /F 4 >>"));
            widget.replaceKey("/T", QPDFObjectHandle::newUnicodeString(name));
            widget.replaceKey("/Rect", rectangle(*field));
            widget.replaceKey("/P", page);
            QPDFObjectHandle annots = page.getKey("/Annots");
            if (!annots.isArray()) {
                annots = QPDFObjectHandle::newArray();
                page.replaceKey("/Annots", annots);
            }
            annots.appendItem(widget);
            fields.appendItem(widget);
        }
    }
    if (fields.getArrayNItems() == 0) return;
    QPDFObjectHandle form = QPDFObjectHandle::newDictionary();
    form.replaceKey("/Fields", fields);
    form.replaceKey("/SigFlags", QPDFObjectHandle::newInteger(1));  // signatures exist
    pdf.getRoot().replaceKey("/AcroForm", pdf.makeIndirectObject(form));
}

}  // namespace wop::pdf
