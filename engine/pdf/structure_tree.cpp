#include "pdf/structure_tree.h"

#include <optional>

#include <qpdf/QPDFObjectHandle.hh>

namespace wop::pdf {
namespace {

std::string typeOf(layout::ElementKind kind) {
    using K = layout::ElementKind;
    switch (kind) {
        case K::Document: return "Document";
        case K::Heading1: return "H1";
        case K::Heading2: return "H2";
        case K::Heading3: return "H3";
        case K::Paragraph: return "P";
        case K::List: return "L";
        case K::ListItem: return "LI";
        case K::ListLabel: return "Lbl";
        case K::ListBody: return "LBody";
        case K::Table: return "Table";
        case K::TableRow: return "TR";
        case K::TableHeaderCell: return "TH";
        case K::TableCell: return "TD";
    }
    return "P";
}

bool isTablePart(const std::string& type) { return type == "TR" || type == "TH" || type == "TD"; }

}  // namespace

MarkedContent::MarkedContent(std::vector<layout::StructureElement> structure, std::string documentLang)
    : documentLang_(std::move(documentLang)) {
    if (structure.empty()) structure.push_back({layout::ElementKind::Document, -1});
    for (size_t i = 0; i < structure.size(); ++i) {
        elements_.push_back({typeOf(structure[i].kind), structure[i].parent, {}, {}});
        if (structure[i].parent >= 0) elements_.at(static_cast<size_t>(structure[i].parent)).kids.push_back({static_cast<int>(i)});
    }
}

int MarkedContent::owner(int element, const std::string& lang) {
    if (lang.empty() || lang == documentLang_) return element;
    const std::vector<Kid>& kids = elements_[static_cast<size_t>(element)].kids;
    if (!kids.empty() && kids.back().element >= 0) {
        const Element& last = elements_[static_cast<size_t>(kids.back().element)];
        if (last.type == "Span" && last.lang == lang) return kids.back().element;
    }
    elements_.push_back({"Span", element, lang, {}});
    const int span = static_cast<int>(elements_.size()) - 1;
    elements_[static_cast<size_t>(element)].kids.push_back({span});
    return span;
}

std::string MarkedContent::open(size_t page, int element, const std::string& lang) {
    const int owner = this->owner(element, lang);
    if (owners_.size() <= page) owners_.resize(page + 1);
    const int mcid = static_cast<int>(owners_[page].size());
    owners_[page].push_back(owner);
    elements_[static_cast<size_t>(owner)].kids.push_back({-1, page, mcid});
    return "/" + elements_[static_cast<size_t>(owner)].type + " <</MCID " + std::to_string(mcid) + ">>";
}

bool MarkedContent::hasContent(int element) const {
    for (const Kid& kid : elements_[static_cast<size_t>(element)].kids)
        if (kid.element < 0 || hasContent(kid.element)) return true;
    return false;
}

// An element without content is left out, but a table keeps its empty rows
// and cells: its columns stay where they are.
bool MarkedContent::isKept(int element) const {
    if (element == 0 || hasContent(element)) return true;
    int table = element;
    while (table > 0 && isTablePart(elements_[static_cast<size_t>(table)].type)) table = elements_[static_cast<size_t>(table)].parent;
    return table != element && table > 0 && elements_[static_cast<size_t>(table)].type == "Table" && hasContent(table);
}

void MarkedContent::addTo(QPDF& pdf, std::vector<QPDFPageObjectHelper>& pages) const {
    QPDFObjectHandle root = pdf.makeIndirectObject(QPDFObjectHandle::parse("<< /Type /StructTreeRoot >>"));
    std::vector<QPDFObjectHandle> objects;
    for (size_t i = 0; i < elements_.size(); ++i) {
        objects.push_back(isKept(static_cast<int>(i)) ? pdf.makeIndirectObject(QPDFObjectHandle::newDictionary()) : QPDFObjectHandle::newNull());
    }
    for (size_t i = 0; i < elements_.size(); ++i) {
        if (objects[i].isNull()) continue;
        const Element& e = elements_[i];
        QPDFObjectHandle dict = objects[i];
        dict.replaceKey("/Type", QPDFObjectHandle::newName("/StructElem"));
        dict.replaceKey("/S", QPDFObjectHandle::newName("/" + e.type));
        dict.replaceKey("/P", e.parent < 0 ? root : objects[static_cast<size_t>(e.parent)]);
        if (!e.lang.empty()) dict.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(e.lang));
        // Sequences on the element's page are named by their MCID alone.
        std::optional<size_t> page;
        for (const Kid& kid : e.kids)
            if (kid.element < 0 && !page) page = kid.page;
        if (page) dict.replaceKey("/Pg", pages.at(*page).getObjectHandle());
        QPDFObjectHandle kids = QPDFObjectHandle::newArray();
        for (const Kid& kid : e.kids) {
            if (kid.element >= 0) {
                if (!objects[static_cast<size_t>(kid.element)].isNull()) kids.appendItem(objects[static_cast<size_t>(kid.element)]);
            } else if (kid.page == *page) {
                kids.appendItem(QPDFObjectHandle::newInteger(kid.mcid));
            } else {
                QPDFObjectHandle reference = QPDFObjectHandle::parse("<< /Type /MCR >>");
                reference.replaceKey("/Pg", pages.at(kid.page).getObjectHandle());
                reference.replaceKey("/MCID", QPDFObjectHandle::newInteger(kid.mcid));
                kids.appendItem(reference);
            }
        }
        dict.replaceKey("/K", kids);
    }

    // The parent tree leads from each page's MCIDs back to their elements.
    QPDFObjectHandle numbers = QPDFObjectHandle::newArray();
    for (size_t p = 0; p < pages.size(); ++p) {
        QPDFObjectHandle owners = QPDFObjectHandle::newArray();
        if (p < owners_.size())
            for (int owner : owners_[p]) owners.appendItem(objects[static_cast<size_t>(owner)]);
        numbers.appendItem(QPDFObjectHandle::newInteger(static_cast<long long>(p)));
        numbers.appendItem(pdf.makeIndirectObject(owners));
        pages[p].getObjectHandle().replaceKey("/StructParents", QPDFObjectHandle::newInteger(static_cast<long long>(p)));
        pages[p].getObjectHandle().replaceKey("/Tabs", QPDFObjectHandle::newName("/S"));
    }
    QPDFObjectHandle parentTree = QPDFObjectHandle::newDictionary();
    parentTree.replaceKey("/Nums", numbers);
    root.replaceKey("/K", objects.front());
    root.replaceKey("/ParentTree", pdf.makeIndirectObject(parentTree));
    root.replaceKey("/ParentTreeNextKey", QPDFObjectHandle::newInteger(static_cast<long long>(pages.size())));
    pdf.getRoot().replaceKey("/StructTreeRoot", root);
    pdf.getRoot().replaceKey("/MarkInfo", QPDFObjectHandle::parse("<< /Marked true >>"));
}

}  // namespace wop::pdf
