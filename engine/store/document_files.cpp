#include "store/document_files.h"

#include <fstream>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <tuple>
#include <typeinfo>

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include "base/durable_file.h"
#include "store/complete_pdf.h"
#include "base/sha256.h"
#include "store/store_error.h"

namespace wop::store {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view documentsFolder = "documents";
constexpr std::string_view pendingSuffix = ".pending";
constexpr std::string_view stagingSuffix = ".tmp";

Poco::JSON::Object toJson(const DocumentRecord& record) {
    Poco::JSON::Object object;
    object.set("partnership", record.key.partnership);
    object.set("document", record.key.document);
    object.set("lang", std::string(model::langCode(record.key.lang)));
    object.set("version", record.version);
    object.set("status", std::string(statusName(record.status)));
    object.set("pdf_sha256", record.pdfSha256);
    object.set("template_hash", record.templateHash);
    object.set("data_hash", record.dataHash);
    object.set("look_hash", record.lookHash);
    object.set("content_hash", record.contentHash);
    object.set("path", record.path);
    object.set("created_at", record.createdAt);
    object.set("mentor", record.mentor);
    object.set("mentee", record.mentee);
    return object;
}

std::string toJson(const std::vector<DocumentRecord>& records) {
    Poco::JSON::Array array;
    for (const DocumentRecord& record : records) array.add(toJson(record));
    std::ostringstream out;
    array.stringify(out);
    return out.str();
}

std::optional<DocumentRecord> fromJson(const Poco::JSON::Object& object) {
    DocumentRecord record;
    record.key.partnership = object.getValue<std::string>("partnership");
    record.key.document = object.getValue<std::string>("document");
    const auto lang = parseLang(object.getValue<std::string>("lang"));
    const auto status = parseStatus(object.getValue<std::string>("status"));
    if (!lang || !status) return std::nullopt;
    record.key.lang = *lang;
    record.status = *status;
    record.version = object.getValue<int>("version");
    record.pdfSha256 = object.getValue<std::string>("pdf_sha256");
    record.templateHash = object.getValue<std::string>("template_hash");
    record.dataHash = object.getValue<std::string>("data_hash");
    // Not in the pending records of an older wopdocs.
    record.lookHash = object.optValue<std::string>("look_hash", "");
    record.contentHash = object.optValue<std::string>("content_hash", "");
    record.path = object.getValue<std::string>("path");
    record.createdAt = object.getValue<std::string>("created_at");
    record.mentor = object.optValue<std::string>("mentor", "");
    record.mentee = object.optValue<std::string>("mentee", "");
    return record;
}

// The records of a group's pending record, or of an older wopdocs's, which
// held one record. Nothing when the file is missing, torn or not a record.
std::vector<DocumentRecord> readPending(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return {};
    std::ostringstream text;
    text << in.rdbuf();
    std::vector<DocumentRecord> records;
    try {
        const Poco::Dynamic::Var parsed = Poco::JSON::Parser().parse(text.str());
        if (parsed.type() == typeid(Poco::JSON::Object::Ptr)) {
            if (auto record = fromJson(*parsed.extract<Poco::JSON::Object::Ptr>())) records.push_back(*record);
            return records;
        }
        const auto array = parsed.extract<Poco::JSON::Array::Ptr>();
        for (std::size_t i = 0; i < array->size(); ++i)
            if (auto record = fromJson(*array->getObject(i))) records.push_back(*record);
        return records;
    } catch (const Poco::Exception&) {
        return {};
    } catch (const std::bad_cast&) {
        return {};
    }
}

// "<document>.<lang>.v<N>.pdf" in the folder of a partnership.
std::optional<std::tuple<DocumentKey, int>> parseName(const std::string& folder, const std::string& name) {
    static const std::regex pattern(R"(([a-z0-9-]+)\.(en|ur)\.v([1-9][0-9]{0,8})\.pdf)");
    std::smatch match;
    if (!std::regex_match(name, match, pattern)) return std::nullopt;
    return std::make_tuple(DocumentKey{folder, match[1], *parseLang(match[2].str())}, std::stoi(match[3]));
}

// The staging file "X.pdf.tmp", and the partial file an older wopdocs wrote
// beside it while writing the staging file, "X.pdf.tmp.partial-<pid>".
bool isStaging(const std::string& name) {
    return name.ends_with(".pdf.tmp") || name.find(".pdf.tmp.partial-") != std::string::npos;
}

fs::path withSuffix(fs::path path, std::string_view suffix) {
    path += suffix;
    return path;
}

void removeFile(const fs::path& path) {
    std::error_code error;
    fs::remove(path, error);
    if (error) throw StoreError("cannot remove " + path.string() + ": " + error.message());
}

}  // namespace

std::string DocumentFiles::relativePath(const DocumentKey& key, int version) {
    return std::string(documentsFolder) + "/" + key.partnership + "/" + key.document + "." +
           model::langCode(key.lang) + ".v" + std::to_string(version) + ".pdf";
}

Publication DocumentFiles::publish(std::vector<NewDocument>& documents) const {
    Publication publication;
    publication.errors.resize(documents.size());
    std::vector<std::size_t> staged;
    auto fail = [&](std::size_t i, const std::string& error) {
        publication.errors[i] = error;
        std::error_code ignored;
        fs::remove(withSuffix(absolute(documents[i].record.path), stagingSuffix), ignored);
    };
    for (std::size_t i = 0; i < documents.size(); ++i) {
        NewDocument& document = documents[i];
        const fs::path final = absolute(document.record.path);
        try {
            if (fs::exists(final))
                throw StoreError(final.string() + " exists already: a document file is never replaced");
            if (!isCompletePdf(document.pdf))
                throw StoreError("the PDF made for " + final.string() + " came out incomplete");
            base::createFolders(final.parent_path(), base::Readers::Owner);
            base::writeFileDurably(withSuffix(final, stagingSuffix), document.pdf, base::Readers::Owner);
            document.record.pdfSha256 = base::sha256(document.pdf);
            staged.push_back(i);
        } catch (const std::exception& e) {
            fail(i, e.what());
        }
    }
    if (staged.empty()) return publication;

    std::vector<DocumentRecord> rows;
    for (std::size_t i : staged) rows.push_back(documents[i].record);
    const fs::path pending = withSuffix(absolute(rows.front().path), pendingSuffix);
    try {
        base::writeFileDurably(pending, toJson(rows), base::Readers::Owner);
        // Its name on disk before any PDF's: else a PDF could outlive a
        // power cut that took the record, and be made again.
        base::syncFolder(pending.parent_path());
    } catch (const std::exception& e) {
        for (std::size_t i : staged) fail(i, std::string("not published with its group: ") + e.what());
        return publication;
    }
    publication.pendingRecord = pending;

    std::map<fs::path, std::vector<std::size_t>> byFolder;  // of the documents renamed
    for (std::size_t i : staged) {
        const fs::path final = absolute(documents[i].record.path);
        std::error_code error;
        fs::rename(withSuffix(final, stagingSuffix), final, error);
        if (error) fail(i, "cannot rename the PDF to " + final.string() + ": " + error.message());
        else byFolder[final.parent_path()].push_back(i);
    }
    // A PDF whose name may not last fails, and goes: the group's other
    // documents are registered and its pending record removed, so nothing
    // would vouch for it.
    for (const auto& [folder, renamed] : byFolder) {
        try {
            base::syncFolder(folder);
        } catch (const std::exception& e) {
            for (std::size_t i : renamed) {
                publication.errors[i] = e.what();
                std::error_code ignored;
                fs::remove(absolute(documents[i].record.path), ignored);
            }
        }
    }
    return publication;
}

void DocumentFiles::settle(const Publication& publication) const {
    if (!publication.pendingRecord.empty()) removeFile(publication.pendingRecord);
}

struct DocumentFiles::Listing {
    std::vector<fs::path> staging;
    std::vector<fs::path> pending;
    std::vector<std::pair<std::string, fs::path>> pdfs;  // with the folder's partnership
};

DocumentFiles::Listing DocumentFiles::list(const std::string* partnership) const {
    Listing listing;
    const fs::path documents = dataDir_ / documentsFolder;
    std::vector<fs::path> folders;
    if (partnership) {
        folders.push_back(documents / *partnership);
    } else if (fs::is_directory(documents)) {
        for (const auto& folder : fs::directory_iterator(documents)) folders.push_back(folder.path());
    }
    for (const fs::path& folder : folders) {
        if (!fs::is_directory(folder)) continue;
        const std::string owner = folder.filename().string();
        for (const auto& entry : fs::directory_iterator(folder)) {
            const std::string name = entry.path().filename().string();
            if (isStaging(name)) listing.staging.push_back(entry.path());
            else if (name.ends_with(pendingSuffix)) listing.pending.push_back(entry.path());
            else if (name.ends_with(".pdf")) listing.pdfs.emplace_back(owner, entry.path());
        }
    }
    return listing;
}

std::map<std::tuple<DocumentKey, int>, DocumentRecord> DocumentFiles::read(const std::vector<fs::path>& pending) {
    std::map<std::tuple<DocumentKey, int>, DocumentRecord> records;
    for (const fs::path& file : pending)
        for (DocumentRecord& record : readPending(file)) {
            auto key = std::make_tuple(record.key, record.version);
            records.insert_or_assign(std::move(key), std::move(record));
        }
    return records;
}

std::map<std::tuple<DocumentKey, int>, DocumentRecord> DocumentFiles::pendingRecords() const {
    return read(list(nullptr).pending);
}

RecoveryReport& RecoveryReport::operator+=(const RecoveryReport& other) {
    adopted += other.adopted;
    removed += other.removed;
    temporaryFiles += other.temporaryFiles;
    return *this;
}

RecoveryReport DocumentFiles::recover(Registry& registry, const std::string& partnership) const {
    RecoveryReport report;
    const Listing listing = list(&partnership);
    for (const fs::path& file : listing.staging) {
        removeFile(file);
        ++report.temporaryFiles;
    }
    std::set<std::tuple<DocumentKey, int>> registered;
    for (const DocumentRecord& record : registry.ofPartnership(partnership)) registered.emplace(record.key, record.version);
    const auto vouched = read(listing.pending);
    for (const auto& [partnership, pdf] : listing.pdfs) {
        const auto parsed = parseName(partnership, pdf.filename().string());
        if (!parsed || registered.count(*parsed)) continue;  // not a file wopdocs made, or registered
        const auto& [key, version] = *parsed;
        const auto record = vouched.find(*parsed);
        if (record != vouched.end() && record->second.path == relativePath(key, version) &&
            record->second.pdfSha256 == base::sha256OfFile(pdf)) {
            registry.add(record->second);
            ++report.adopted;
        } else {
            removeFile(pdf);
            ++report.removed;
        }
    }
    for (const fs::path& file : listing.pending) {
        removeFile(file);
        ++report.temporaryFiles;
    }
    return report;
}

}  // namespace wop::store
