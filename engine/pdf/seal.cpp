#include "pdf/seal.h"

#include <ctime>
#include <set>
#include <string_view>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include "pdf/incremental_update.h"
#include "pdf/signature_value.h"
#include "pdf/writer.h"

namespace wop::pdf {
namespace {

// Print and Locked: a reader prints the field (invisible as it is) and lets
// nobody delete it.
constexpr const char* sealWidget = "<< /Type /Annot /Subtype /Widget /FT /Sig /T (pwon-seal) /F 132 /Rect [ 0 0 0 0 ] >>";

// DocMDP's P 2: after the seal, filling in forms and signing are the only
// changes that leave it valid.
constexpr std::string_view sealReference =
    "/Reference [ << /Type /SigRef /TransformMethod /DocMDP "
    "/TransformParams << /Type /TransformParams /P 2 /V /1.2 >> >> ]";

// "D:YYYYMMDDHHmmSSZ": the time of signing, which PAdES puts in /M.
std::string pdfTimeNow() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[24];
    std::strftime(text, sizeof text, "D:%Y%m%d%H%M%SZ", &utc);
    return text;
}

// An entry of a dictionary and the indirect object whose text holds it: the
// entry itself when indirect, else the object holding its dictionary. That
// object is what an update rewrites when the entry changes.
struct Entry {
    QPDFObjectHandle value;
    QPDFObjectHandle holder;
};

// `owner`'s entry `key`, made `empty` when it is missing or of another type.
Entry entry(Entry owner, const std::string& key, QPDFObjectHandle empty) {
    QPDFObjectHandle value = owner.value.getKey(key);
    if (value.getTypeCode() != empty.getTypeCode()) {
        value = empty;
        owner.value.replaceKey(key, value);
    }
    return {value, value.isIndirect() ? value : owner.holder};
}

// The seal's signature dictionary, but for /ByteRange and /Contents.
std::string sealEntries() {
    return "/Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /M (" + pdfTimeNow() + ") " +
           std::string(sealReference);
}

}  // namespace

std::string sealPdf(const std::string& pdf, const Signer& signer) {
    QPDF read;
    read.processMemoryFile("the finished PDF", pdf.data(), pdf.size());
    const std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(read).getAllPages();
    if (pages.empty()) throw PdfError("cannot seal a PDF without pages");
    const QPDFObjectHandle firstPage = pages.front().getObjectHandle();

    QPDFObjectHandle signature = read.makeIndirectObject(QPDFObjectHandle::newDictionary());
    QPDFObjectHandle widget = read.makeIndirectObject(QPDFObjectHandle::parse(sealWidget));
    widget.replaceKey("/P", firstPage);
    widget.replaceKey("/V", signature);

    QPDFObjectHandle root = read.getRoot();
    Entry form = entry({root, root}, "/AcroForm", QPDFObjectHandle::newDictionary());
    form.value.replaceKey("/SigFlags", QPDFObjectHandle::newInteger(3));
    Entry fields = entry(form, "/Fields", QPDFObjectHandle::newArray());
    fields.value.appendItem(widget);
    Entry annotations = entry({firstPage, firstPage}, "/Annots", QPDFObjectHandle::newArray());
    annotations.value.appendItem(widget);
    QPDFObjectHandle permissions = QPDFObjectHandle::newDictionary();
    permissions.replaceKey("/DocMDP", signature);
    root.replaceKey("/Perms", permissions);

    // A copy: qpdf reads `pdf` where it lies, as long as `read` lives.
    IncrementalUpdate update(pdf, read);
    std::set<QPDFObjGen> written;
    for (const QPDFObjectHandle& changed : {root, form.holder, fields.holder, annotations.holder, widget})
        if (written.insert(changed.getObjGen()).second) update.add(changed);
    const SignatureValue value(sealEntries(), signer);
    const std::size_t dictionaryStart = update.add(signature, value.dictionary());
    std::string sealed = std::move(update).finish();
    value.sign(sealed, dictionaryStart);
    return sealed;
}

}  // namespace wop::pdf
