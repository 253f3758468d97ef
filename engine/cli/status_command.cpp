#include "cli/status_command.h"

#include <iomanip>
#include <iostream>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionException.h>

#include "batch/partnership_status.h"
#include "model/json_object.h"
#include "store/stored_program.h"

namespace wop::cli {

namespace {

using batch::DocumentState;
using batch::PartnershipStatus;

const char* stateName(DocumentState state) {
    switch (state) {
        case DocumentState::Done: return "done";
        case DocumentState::Due: return "due";
        case DocumentState::Overdue: return "overdue";
    }
    return "";
}

using SignedStates = std::map<std::pair<store::DocumentKey, int>, std::string>;

// "signed by 2 of 3", "scanned copy", or empty.
std::string signedState(const SignedStates& states, const store::DocumentRecord& record) {
    const auto found = states.find({record.key, record.version});
    return found == states.end() ? "" : found->second;
}

// "en v2 final (signed by 1 of 3), ur v2 final"
std::string versions(const std::vector<store::DocumentRecord>& records, const SignedStates& states) {
    std::string text;
    for (const auto& record : records) {
        if (!text.empty()) text += ", ";
        const std::string signedCopy = signedState(states, record);
        text += std::string(model::langCode(record.key.lang)) + " v" + std::to_string(record.version) + " " +
                std::string(store::statusName(record.status)) + (signedCopy.empty() ? "" : " (" + signedCopy + ")");
    }
    return text;
}

// "15/15 recommendation 2024-12-10", "-" before the first step.
std::string stepText(const PartnershipStatus& status) {
    if (!status.step) return "-";
    return std::to_string(static_cast<int>(*status.step) + 1) + "/" + std::to_string(model::stepCount) + " " +
           std::string(model::stepKey(*status.step)) + " " + (status.stepDate ? status.stepDate->iso() : "");
}

struct Report {
    model::Date date;
    std::vector<PartnershipStatus> partnerships;
    std::vector<store::DocumentRecord> roadmap;
    std::vector<store::Supersession> roadmapSuperseded;
    std::vector<std::string> problems;
    SignedStates signedStates;  // of the versions with signed copies
};

void printTable(const Report& report, bool everyDocument, std::ostream& out) {
    out << std::left << std::setw(32) << "PARTNERSHIP" << std::setw(40) << "STEP REACHED" << std::right
        << std::setw(6) << "DONE" << std::setw(6) << "DUE" << std::setw(9) << "OVERDUE" << '\n';
    for (const PartnershipStatus& status : report.partnerships) {
        out << std::left << std::setw(32) << status.id << std::setw(40) << stepText(status) << std::right << std::setw(6)
            << status.count(DocumentState::Done) << std::setw(6) << status.count(DocumentState::Due) << std::setw(9)
            << status.count(DocumentState::Overdue) << '\n';
    }
    for (const PartnershipStatus& status : report.partnerships) {
        bool headed = false;
        const auto heading = [&] {
            if (!headed) out << '\n' << status.id << ":\n";
            headed = true;
        };
        if (status.next) {
            heading();
            out << "  " << std::left << std::setw(9) << "next" << status.next->str()
                << (status.next->why().empty() ? "" : "; " + status.next->why()) << '\n';
        }
        for (const auto& document : status.documents) {
            if (document.state == DocumentState::Done && !everyDocument) continue;
            heading();
            out << "  " << std::left << std::setw(9) << stateName(document.state) << std::setw(34) << document.document
                << (document.state == DocumentState::Done ? versions(document.latest, report.signedStates) : document.reason->str()) << '\n';
        }
    }
    out << "\nroad map: " << (report.roadmap.empty() ? "not made yet" : versions(report.roadmap, report.signedStates)) << '\n';
    for (const auto& status : report.partnerships)
        for (const auto& superseded : status.superseded) out << "warning: " << superseded.message() << '\n';
    for (const auto& superseded : report.roadmapSuperseded) out << "warning: " << superseded.message() << '\n';
    for (const auto& problem : report.problems) out << "error: " << problem << '\n';
}

Poco::JSON::Array::Ptr strings(const std::vector<std::string>& values) {
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (const auto& value : values) array->add(value);
    return array;
}

Poco::JSON::Array::Ptr recordsJson(const std::vector<store::DocumentRecord>& records, const SignedStates& states) {
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (const auto& record : records) {
        auto json = model::orderedJsonObject();
        json->set("lang", std::string(model::langCode(record.key.lang)));
        json->set("version", record.version);
        json->set("status", std::string(store::statusName(record.status)));
        json->set("path", record.path);
        json->set("pdf_sha256", record.pdfSha256);
        json->set("created_at", record.createdAt);
        json->set("signed_copy", signedState(states, record));
        array->add(json);
    }
    return array;
}

// "warnings", the re-sign lines as printed, and "superseded", the same as
// objects: the document, the two versions and what changed.
void setSuperseded(Poco::JSON::Object& json, const std::vector<store::Supersession>& superseded) {
    std::vector<std::string> warnings;
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (const auto& supersession : superseded) {
        warnings.push_back(supersession.message());
        auto entry = model::orderedJsonObject();
        entry->set("document", supersession.key.document);
        entry->set("lang", std::string(model::langCode(supersession.key.lang)));
        entry->set("final_version", supersession.finalVersion);
        entry->set("latest_version", supersession.latestVersion);
        entry->set("changes", supersession.changes);
        entry->set("signed_copy", supersession.signedCopy);
        array->add(entry);
    }
    json.set("warnings", strings(warnings));
    json.set("superseded", array);
}

Poco::Dynamic::Var optionalDate(const std::optional<model::Date>& date) {
    return date ? Poco::Dynamic::Var(date->iso()) : Poco::Dynamic::Var();
}

// null once the partnership is finished.
Poco::Dynamic::Var nextJson(const std::optional<batch::NextStep>& next) {
    if (!next) return {};
    auto json = model::orderedJsonObject();
    json->set("number", static_cast<int>(next->step) + 1);
    json->set("key", std::string(model::stepKey(next->step)));
    json->set("documents", strings(std::vector<std::string>(next->documents.begin(), next->documents.end())));
    json->set("from", optionalDate(next->from));
    json->set("to", optionalDate(next->to));
    json->set("why", next->why());
    return json;
}

Poco::JSON::Object::Ptr partnershipJson(const PartnershipStatus& status, const SignedStates& states) {
    auto json = model::orderedJsonObject();
    json->set("id", status.id);
    if (status.step) {
        auto step = model::orderedJsonObject();
        step->set("number", static_cast<int>(*status.step) + 1);
        step->set("key", std::string(model::stepKey(*status.step)));
        step->set("date", status.stepDate ? status.stepDate->iso() : "");
        json->set("step", step);
    } else {
        json->set("step", Poco::Dynamic::Var());
    }
    json->set("next", nextJson(status.next));
    for (DocumentState state : {DocumentState::Done, DocumentState::Due, DocumentState::Overdue})
        json->set(stateName(state), status.count(state));
    Poco::JSON::Array::Ptr documents = new Poco::JSON::Array;
    for (const auto& document : status.documents) {
        auto entry = model::orderedJsonObject();
        entry->set("document", document.document);
        entry->set("state", stateName(document.state));
        if (document.state == DocumentState::Done) entry->set("versions", recordsJson(document.latest, states));
        else entry->set("reason", document.reason->str());
        documents->add(entry);
    }
    json->set("documents", documents);
    setSuperseded(*json, status.superseded);
    return json;
}

void printJson(const Report& report, std::ostream& out) {
    auto json = model::orderedJsonObject();
    json->set("date", report.date.iso());
    Poco::JSON::Array::Ptr partnerships = new Poco::JSON::Array;
    for (const auto& status : report.partnerships) partnerships->add(partnershipJson(status, report.signedStates));
    json->set("partnerships", partnerships);
    auto roadmap = model::orderedJsonObject();
    roadmap->set("versions", recordsJson(report.roadmap, report.signedStates));
    setSuperseded(*roadmap, report.roadmapSuperseded);
    json->set("roadmap", roadmap);
    json->set("errors", strings(report.problems));
    json->stringify(out, 2);
    out << '\n';
}

}  // namespace

void StatusCommand::defineOptions(Poco::Util::OptionSet& options) {
    using Poco::Util::Option;
    options.addOption(Option("json", "", "print JSON instead of a table"));
    options.addOption(Option("date", "", "judge what is due as of this day (default today)").argument("YYYY-MM-DD"));
    store_.define(options, StoreOptions::ConfigOption::Define);
}

void StatusCommand::handleOption(const std::string& name, const std::string& value) {
    if (store_.handle(name, value)) return;
    if (name == "json") {
        json_ = true;
    } else if (name == "date") {
        date_ = model::Date::parse(value);
        if (!date_) throw Poco::Util::InvalidArgumentException("--date takes a day as YYYY-MM-DD, not \"" + value + "\"");
    }
}

int StatusCommand::run(const std::vector<std::string>& arguments) {
    if (arguments.size() > 1) {
        std::cerr << "wopdocs status: name at most one partnership (see --help)\n";
        return BadUsage;
    }
    try {
        store::Store store(store_.location());
        store::Partnerships partnerships = store.partnerships();
        const store::StoredProgram program = store::loadStoredProgram(partnerships);
        const store::VersionIndex registry = store.registry().index();
        store::DocumentContents contents = store.contents();
        store::SignedCopies copies = store.signedCopies();
        Report report{date_.value_or(model::Date::today()), {}, {}, {}, program.problems, store::signedCopiesStates(copies.all())};
        for (const model::Partnership& partnership : program.partnerships) {
            if (!arguments.empty() && partnership.id != arguments.front()) continue;
            report.partnerships.push_back(batch::partnershipStatus(partnership, registry, contents, copies, report.date));
        }
        if (!arguments.empty() && report.partnerships.empty()) {
            std::cerr << "wopdocs status: no partnership \"" << arguments.front() << "\" in the store ("
                      << store.database().name() << ")\n";
            return SomeFailed;
        }
        report.roadmap = batch::latestVersions(registry, std::string(store::programKey), "roadmap");
        report.roadmapSuperseded = batch::supersededFinals(registry, contents, copies, std::string(store::programKey));
        if (json_) printJson(report, std::cout);
        else printTable(report, !arguments.empty(), std::cout);
        return report.problems.empty() ? Success : SomeFailed;
    } catch (const std::exception& e) {  // the settings file or the store cannot be used
        std::cerr << "wopdocs status: " << e.what() << '\n';
        return SomeFailed;
    }
}

}  // namespace wop::cli
