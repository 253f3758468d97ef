#include "store/document_files.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <tuple>

#include <Poco/Exception.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <fcntl.h>
#include <unistd.h>

#include "pdf/writer.h"
#include "store/sha256.h"
#include "store/store_error.h"

namespace wop::store {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view documentsFolder = "documents";
constexpr std::string_view pendingSuffix = ".pending";
constexpr std::string_view stagingSuffix = ".tmp";

void sync(const fs::path& path, int flags) {
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const int error = errno;
        if (fd >= 0) ::close(fd);
        throw StoreError("cannot sync " + path.string() + " to disk: " + std::strerror(error));
    }
    ::close(fd);
}

void syncFile(const fs::path& path) {
    sync(path, O_RDONLY);
}

// A rename is durable once the folder holding the name is synced.
void syncFolder(const fs::path& path) {
    sync(path, O_RDONLY | O_DIRECTORY);
}

std::string toJson(const DocumentRecord& record) {
    Poco::JSON::Object object;
    object.set("partnership", record.key.partnership);
    object.set("document", record.key.document);
    object.set("lang", std::string(model::langCode(record.key.lang)));
    object.set("version", record.version);
    object.set("status", std::string(statusName(record.status)));
    object.set("pdf_sha256", record.pdfSha256);
    object.set("template_hash", record.templateHash);
    object.set("data_hash", record.dataHash);
    object.set("path", record.path);
    object.set("created_at", record.createdAt);
    std::ostringstream out;
    object.stringify(out);
    return out.str();
}

// Nothing when the file is missing, torn or not a record.
std::optional<DocumentRecord> readPending(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    try {
        auto object = Poco::JSON::Parser().parse(text.str()).extract<Poco::JSON::Object::Ptr>();
        DocumentRecord record;
        record.key.partnership = object->getValue<std::string>("partnership");
        record.key.document = object->getValue<std::string>("document");
        const auto lang = parseLang(object->getValue<std::string>("lang"));
        const auto status = parseStatus(object->getValue<std::string>("status"));
        if (!lang || !status) return std::nullopt;
        record.key.lang = *lang;
        record.status = *status;
        record.version = object->getValue<int>("version");
        record.pdfSha256 = object->getValue<std::string>("pdf_sha256");
        record.templateHash = object->getValue<std::string>("template_hash");
        record.dataHash = object->getValue<std::string>("data_hash");
        record.path = object->getValue<std::string>("path");
        record.createdAt = object->getValue<std::string>("created_at");
        return record;
    } catch (const Poco::Exception&) {
        return std::nullopt;
    }
}

// Says why it failed (a full disk, a read-only folder), and leaves no torn file behind.
void write(const fs::path& path, const std::string& content) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) throw StoreError("cannot write " + path.string() + ": " + std::strerror(errno));
    std::size_t written = 0;
    int error = 0;
    while (written < content.size() && !error) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n >= 0) written += static_cast<std::size_t>(n);
        else if (errno != EINTR) error = errno;
    }
    if (::close(fd) != 0 && !error) error = errno;
    if (error) {
        ::unlink(path.c_str());
        throw StoreError("cannot write " + path.string() + ": " + std::strerror(error));
    }
}

// "<document>.<lang>.v<N>.pdf" in the folder of a partnership.
std::optional<std::tuple<DocumentKey, int>> parseName(const std::string& folder, const std::string& name) {
    static const std::regex pattern(R"(([a-z0-9-]+)\.(en|ur)\.v([1-9][0-9]{0,8})\.pdf)");
    std::smatch match;
    if (!std::regex_match(name, match, pattern)) return std::nullopt;
    return std::make_tuple(DocumentKey{folder, match[1], *parseLang(match[2].str())}, std::stoi(match[3]));
}

// The staging file "X.pdf.tmp", and the pdf stage's partial file beside it
// while it writes the staging file, "X.pdf.tmp.partial-<pid>".
bool isStaging(const std::string& name) {
    return name.ends_with(".pdf.tmp") || name.find(".pdf.tmp.partial-") != std::string::npos;
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

fs::path DocumentFiles::stagingPath(const DocumentRecord& record) const {
    fs::path path = absolute(record.path);
    path += stagingSuffix;
    return path;
}

fs::path DocumentFiles::pendingPath(const DocumentRecord& record) const {
    fs::path path = absolute(record.path);
    path += pendingSuffix;
    return path;
}

DocumentRecord DocumentFiles::publish(DocumentRecord record) const {
    const fs::path staging = stagingPath(record);
    const fs::path final = absolute(record.path);
    if (fs::exists(final)) throw StoreError(final.string() + " exists already: a document file is never replaced");
    syncFile(staging);
    if (!pdf::isCompletePdf(staging))
        throw StoreError("cannot write " + staging.string() + ": the PDF came out incomplete (is the disk full?)");
    record.pdfSha256 = sha256OfFile(staging);
    const fs::path pending = pendingPath(record);
    write(pending, toJson(record));
    syncFile(pending);
    fs::rename(staging, final);
    syncFolder(final.parent_path());
    return record;
}

void DocumentFiles::settle(const DocumentRecord& record) const {
    removeFile(pendingPath(record));
}

RecoveryReport DocumentFiles::recover(Registry& registry) const {
    RecoveryReport report;
    const fs::path documents = dataDir_ / documentsFolder;
    if (!fs::is_directory(documents)) return report;

    std::set<std::tuple<DocumentKey, int>> registered;
    for (const DocumentRecord& record : registry.all()) registered.emplace(record.key, record.version);

    for (const auto& folder : fs::directory_iterator(documents)) {
        if (!folder.is_directory()) continue;
        const std::string partnership = folder.path().filename().string();
        std::set<fs::path> pendings;
        std::vector<fs::path> pdfs;
        for (const auto& entry : fs::directory_iterator(folder.path())) {
            const std::string name = entry.path().filename().string();
            if (isStaging(name)) {
                removeFile(entry.path());
                ++report.temporaryFiles;
            } else if (name.ends_with(pendingSuffix)) {
                pendings.insert(entry.path());
            } else if (name.ends_with(".pdf")) {
                pdfs.push_back(entry.path());
            }
        }
        for (const fs::path& pdf : pdfs) {
            const auto parsed = parseName(partnership, pdf.filename().string());
            if (!parsed) continue;  // not a file wopdocs made: left alone
            fs::path pending = pdf;
            pending += pendingSuffix;
            pendings.erase(pending);
            if (registered.count(*parsed)) {
                if (fs::exists(pending)) removeFile(pending);  // killed between the row and settle()
                continue;
            }
            const auto record = readPending(pending);
            const auto& [key, version] = *parsed;
            if (record && record->key == key && record->version == version &&
                record->path == relativePath(key, version) && record->pdfSha256 == sha256OfFile(pdf)) {
                registry.add(*record);
                ++report.adopted;
            } else {
                removeFile(pdf);
                ++report.removed;
            }
            if (fs::exists(pending)) removeFile(pending);
        }
        for (const fs::path& orphan : pendings) {  // its PDF was never renamed into place
            removeFile(orphan);
            ++report.temporaryFiles;
        }
    }
    return report;
}

}  // namespace wop::store
