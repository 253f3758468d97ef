// The facilitator's workspace over HTTP: a partnership entered through the
// forms step by step up to its letter of intent, whose PDF is then made; a
// rule warning at its field; an invalid save refused with nothing stored;
// two facilitators editing at once; a list's rows added, moved and
// removed; and every editing route refused to a utility's user.
#include <chrono>
#include <regex>
#include <set>
#include <thread>

#include <gtest/gtest.h>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/URI.h>

#include "model/json_tree.h"
#include "portal_fixture.h"
#include "server/workspace_schema.h"
#include "server/workspace_form.h"
#include "server/workspace_labels.h"
#include "server/workspace_steps.h"
#include "store/partnership_versions.h"
#include "store/store.h"

namespace wop::test {
namespace {

using Poco::Dynamic::Var;
using Poco::JSON::Array;
using Poco::JSON::Object;
using Kind = server::FieldSpec::Kind;

const server::FieldSpec& schema() {
    static const server::FieldSpec spec = server::readWorkspaceSchema(sourceDir() / "docs" / "partnership.schema.json");
    return spec;
}

bool isObject(const Var& v) { return v.type() == typeid(Object::Ptr); }
bool isArray(const Var& v) { return v.type() == typeid(Array::Ptr); }

std::string encoded(const std::string& text) {
    std::string out;
    Poco::URI::encode(text, "&=+;#%?/ ", out);
    return out;
}

// The fields a browser posts for `value` at `path`, as the forms name them.
void fieldsOf(const Var& value, const std::string& path, std::vector<std::pair<std::string, std::string>>& fields) {
    const server::FieldSpec* spec = server::specAt(schema(), path);
    ASSERT_NE(spec, nullptr) << path;
    if (spec->kind == Kind::Text || spec->kind == Kind::Line) {
        if (value.isString()) {
            fields.emplace_back(path + ".en", value.extract<std::string>());
        } else {
            for (const char* lang : {"en", "ur"})
                if (const auto text = model::json::at(value, lang)) fields.emplace_back(path + "." + lang, text->toString());
        }
    } else if (isObject(value)) {
        Object::Ptr object = value.extract<Object::Ptr>();
        if (spec->kind == Kind::Keyed) {
            std::string keys;
            for (const std::string& key : object->getNames()) keys += (keys.empty() ? "" : ",") + key;
            fields.emplace_back("keys:" + path, keys);
        }
        for (const std::string& key : object->getNames()) fieldsOf(object->get(key), path + "." + key, fields);
    } else if (isArray(value)) {
        Array::Ptr array = value.extract<Array::Ptr>();
        fields.emplace_back("rows:" + path, std::to_string(array->size()));
        for (unsigned i = 0; i < array->size(); ++i) fieldsOf(array->get(i), path + "[" + std::to_string(i) + "]", fields);
    } else if (value.isBoolean()) {
        fields.emplace_back(path, value.extract<bool>() ? "true" : "false");
    } else {
        fields.emplace_back(path, value.toString());
    }
}

// A Text given as a plain string, as the object the forms write, for comparing.
Var normalized(const Var& value, const std::string& path) {
    const server::FieldSpec* spec = path.empty() ? &schema() : server::specAt(schema(), path);
    if (spec && (spec->kind == Kind::Text || spec->kind == Kind::Line) && value.isString()) {
        Object::Ptr text = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        text->set("en", value);
        return text;
    }
    Var copy = model::json::deepCopy(value);
    if (isObject(copy)) {
        Object::Ptr object = copy.extract<Object::Ptr>();
        for (const std::string& key : object->getNames())
            object->set(key, normalized(object->get(key), path.empty() ? key : path + "." + key));
    } else if (isArray(copy)) {
        Array::Ptr array = copy.extract<Array::Ptr>();
        for (unsigned i = 0; i < array->size(); ++i) array->set(i, normalized(array->get(i), path + "[" + std::to_string(i) + "]"));
    }
    return copy;
}

// The letter of intent of peshawar-mardan-metering, which the sample, in
// preparation, has not reached.
constexpr const char* letterOfIntent = R"({
  "status": "final",
  "place": {"en": "Peshawar", "ur": "پشاور"},
  "commitments": {
    "mentor": [{"en": "Share its metering manual", "ur": "میٹرنگ کا دستی کتابچہ فراہم کرے گا"}],
    "mentee": [{"en": "Name a team of four", "ur": "چار افراد کی ٹیم نامزد کرے گا"}]
  },
  "signatories": ["mdn-director", "psh-director", "pwon-chairman"]
})";

class WorkspaceTest : public ::testing::Test {
protected:
    WorkspaceTest() : facilitator_(portal_.signIn("pwon")) {}

    HttpResponse post(const std::string& target, const std::vector<std::pair<std::string, std::string>>& fields,
                      const Client& client) const {
        HttpRequest request;
        request.method = "POST";
        request.target = target;
        request.cookie = client.cookie;
        request.contentType = "application/x-www-form-urlencoded";
        request.body = "csrf=" + client.csrf;
        for (const auto& [name, value] : fields) request.body += "&" + encoded(name) + "=" + encoded(value);
        return portal_.send(request);
    }

    // The digest a refused form's "save with these warnings" names; empty without one.
    static std::string acceptWarningsOffered(const std::string& page) {
        const std::string mark = "name=\"accept-warnings\" value=\"";
        const std::size_t at = page.find(mark);
        if (at == std::string::npos) return "";
        return page.substr(at + mark.size(), page.find('"', at + mark.size()) - at - mark.size());
    }

    // Posts `fields`; refused for rule warnings, ticks "save with these warnings".
    HttpResponse postWithWarnings(const std::string& target, std::vector<std::pair<std::string, std::string>> fields) const {
        const HttpResponse first = post(target, fields, facilitator_);
        const std::string digest = acceptWarningsOffered(first.body);
        if (first.status != 422 || digest.empty()) return first;
        fields.emplace_back("accept-warnings", digest);
        return post(target, fields, facilitator_);
    }

    // The step's fields for the sections of `data` at `paths`.
    static std::vector<std::pair<std::string, std::string>> stepFields(const Var& data,
                                                                       const std::vector<std::string>& paths, int base) {
        std::vector<std::pair<std::string, std::string>> fields{{"base", std::to_string(base)}, {"op", "save"}};
        for (const std::string& path : paths)
            if (const auto value = model::json::at(data, path)) fieldsOf(*value, path, fields);
        return fields;
    }

    HttpResponse saveStep(const std::string& id, const std::string& step, const Var& data,
                          const std::vector<std::string>& paths, int base) const {
        return post("/workspace/" + id + "/" + step, stepFields(data, paths, base), facilitator_);
    }

    // `file` uploaded as peshawar-mardan-metering's partnership file.
    HttpResponse upload(const std::string& file) const {
        const std::string boundary = "----wopdocsFormBoundary7MA4YWxkTrZu0gW";
        HttpRequest request;
        request.method = "POST";
        request.target = "/workspace/peshawar-mardan-metering/json";
        request.cookie = facilitator_.cookie;
        request.contentType = "multipart/form-data; boundary=" + boundary;
        request.body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + facilitator_.csrf +
                       "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.json\"\r\n"
                       "Content-Type: application/json\r\n\r\n" + file + "\r\n--" + boundary + "--\r\n";
        return portal_.send(request);
    }

    int latestVersion(const std::string& id) const {
        store::Store store(store::StoreLocation{portal_.dataDir(), ""});
        return store::PartnershipVersions(store.database()).latest(id);
    }

    std::string storedJson(const std::string& id) const {
        store::Store store(store::StoreLocation{portal_.dataDir(), ""});
        return store.partnerships().find(id)->json;
    }

    // The sample's data under a new id, with its letter of intent.
    static Var sampleData(const std::string& id) {
        Var data = model::json::read(readFile(sourceDir() / "samples" / "peshawar-mardan-metering.json"));
        model::json::put(data, "id", Var(id));
        model::json::put(data, "steps.letter_of_intent", Var(std::string("2025-08-20")));
        model::json::put(data, "letter_of_intent", model::json::read(letterOfIntent));
        return data;
    }

    static std::vector<std::pair<std::string, std::string>> creationFields(const Var& data) {
        std::vector<std::pair<std::string, std::string>> create{{"op", "save"}};
        for (const std::string& path : server::newPartnershipPaths())
            if (const auto value = model::json::at(data, path)) fieldsOf(*value, path, create);
        return create;
    }

    // The JSON stored for `data` by the real `wopdocs import`.
    static Var imported(const Var& data, const std::string& id) {
        const ScratchDir folder("import");
        std::filesystem::copy(sourceDir() / "samples" / "images", folder / "images");
        writeFile(folder / (id + ".json"), model::json::write(data));
        const CommandResult result = run(wopdocsBinary() + " import --data-dir " + (folder / "data").string() + " " +
                                         (folder / (id + ".json")).string());
        EXPECT_EQ(result.exitCode, 0) << result.output;
        store::Store store(store::StoreLocation{folder / "data", ""});
        return model::json::read(store.partnerships().find(id)->json);
    }

    // Creates `id` through the forms and saves each step up to the letter of intent.
    void enterThroughTheForms(const Var& data, const std::string& id) const {
        const HttpResponse created = post("/workspace", creationFields(data), facilitator_);
        ASSERT_EQ(created.status, 303) << created.body;
        EXPECT_EQ(created.headers.at("Location"), "/workspace/" + id + "/parties");
        const std::vector<std::pair<std::string, std::vector<std::string>>> steps = {
            {"partnership", {"reference", "title", "subject", "large_team", "extra"}},
            {"parties", {"parties"}},
            {"request", {"steps.request", "letter_of_request"}},
            {"initial-meeting", {"steps.initial_meeting", "initial_meeting"}},
            {"confirmation", {"steps.confirmation", "confirmation"}},
            {"mentor-workshop", {"steps.mentor_workshop", "mentor_workshop"}},
            {"letter-of-intent", {"steps.letter_of_intent", "letter_of_intent"}}};
        for (const auto& [step, paths] : steps) {
            const int before = latestVersion(id);
            const HttpResponse saved = saveStep(id, step, data, paths, before);
            ASSERT_TRUE(saved.status == 303 || saved.status == 200) << step << ": " << saved.status << "\n" << saved.body;
            if (saved.status == 303) {
                EXPECT_EQ(saved.headers.at("Location"), "/workspace/" + id + "/" + step + "?saved=" + std::to_string(before + 1));
            }
        }
    }

    PortalServer portal_;
    Client facilitator_;
};

TEST_F(WorkspaceTest, APartnershipEnteredThroughTheFormsIsTheSameAsTheFileImported) {
    const Var data = sampleData("kohat-bannu");
    enterThroughTheForms(data, "kohat-bannu");
    const HttpResponse exported = portal_.get("/workspace/kohat-bannu/json", facilitator_);
    ASSERT_EQ(exported.status, 200);
    EXPECT_EQ(exported.contentType, "application/json");
    // The same data as a file, through the real `wopdocs import`.
    const Var fromImport = imported(data, "kohat-bannu");
    EXPECT_EQ(model::json::changedPaths(normalized(fromImport, ""), normalized(model::json::read(exported.body), "")),
              std::vector<std::string>{});
}

TEST_F(WorkspaceTest, APartnershipIsCreatedWithItsPeopleAsImportTakesTheSameData) {
    const Var sample = sampleData("kohat-bannu");
    Var data = model::json::read(R"({"format": "wopdocs/1"})");
    for (const std::string& path : server::newPartnershipPaths())
        if (const auto value = model::json::at(sample, path)) model::json::put(data, path, std::optional<Var>(*value));
    // Created at once: with its people, the rules find the mentee's team complete.
    const HttpResponse created = post("/workspace", creationFields(data), facilitator_);
    ASSERT_EQ(created.status, 303) << created.body;
    EXPECT_EQ(latestVersion("kohat-bannu"), 1);
    const Var stored = model::json::read(storedJson("kohat-bannu"));
    EXPECT_EQ(model::json::changedPaths(normalized(imported(data, "kohat-bannu"), ""), normalized(stored, "")),
              std::vector<std::string>{});
    const auto mentee = model::json::at(stored, "parties.mentee.people");
    ASSERT_TRUE(mentee && isArray(*mentee));
    EXPECT_EQ(mentee->extract<Array::Ptr>()->size(), 6u);
    const std::string parties = portal_.get("/workspace/kohat-bannu/parties", facilitator_).body;
    EXPECT_NE(parties.find("value=\"Mr. Ijaz Ahmad Yousafzai\""), std::string::npos);
}

TEST_F(WorkspaceTest, TheNewPartnershipFormAddsAndRemovesPeopleAndShowsTheirErrorsAtTheirFields) {
    const Var data = sampleData("kohat-bannu");
    auto withOp = [&](const std::string& op, std::vector<std::pair<std::string, std::string>> fields) {
        for (auto& [name, value] : fields)
            if (name == "op") value = op;
        return post("/workspace", fields, facilitator_);
    };
    const HttpResponse form = portal_.get("/workspace", facilitator_);
    for (const char* party : {"facilitator", "mentor", "mentee"})
        EXPECT_NE(form.body.find("name=\"op\" value=\"add parties." + std::string(party) + ".people\""), std::string::npos)
            << party;
    const HttpResponse added = withOp("add parties.mentee.people", creationFields(data));
    ASSERT_EQ(added.status, 200) << added.body;
    EXPECT_NE(added.body.find("name=\"rows:parties.mentee.people\" value=\"7\""), std::string::npos);
    EXPECT_NE(added.body.find("name=\"parties.mentee.people[6].email\""), std::string::npos);
    const HttpResponse removed = withOp("remove parties.mentee.people[0]", creationFields(data));
    ASSERT_EQ(removed.status, 200);
    EXPECT_NE(removed.body.find("name=\"rows:parties.mentee.people\" value=\"5\""), std::string::npos);
    EXPECT_EQ(removed.body.find("Mr. Ijaz Ahmad Yousafzai"), std::string::npos);
    EXPECT_EQ(portal_.get("/workspace/kohat-bannu", facilitator_).status, 404) << "nothing created";

    // An email that is none, and a person without a name: refused at their fields.
    Var wrong = model::json::deepCopy(data);
    model::json::put(wrong, "parties.mentee.people[1].email", Var(std::string("sadia.gul.wssp.org.pk")));
    model::json::put(wrong, "parties.mentor.people[2].name", Var(std::string()));
    const HttpResponse refused = post("/workspace", creationFields(wrong), facilitator_);
    EXPECT_EQ(refused.status, 422);
    const std::size_t email = refused.body.find("name=\"parties.mentee.people[1].email\"");
    ASSERT_NE(email, std::string::npos);
    const std::size_t error = refused.body.find("Error: ", email);
    EXPECT_LT(error, refused.body.find("name=\"op\" value=\"up parties.mentee.people[1]\""));
    // The name missing, at the person's row, before their title.
    const std::size_t row = refused.body.find("name=\"op\" value=\"remove parties.mentor.people[1]\"");
    ASSERT_NE(row, std::string::npos);
    const std::size_t missing = refused.body.find("Error: ", row);
    EXPECT_LT(missing, refused.body.find("name=\"parties.mentor.people[2].title.en\"")) << refused.body.substr(missing, 300);
    EXPECT_NE(refused.body.find("value=\"sadia.gul.wssp.org.pk\""), std::string::npos) << "kept as typed";
    EXPECT_EQ(portal_.get("/workspace/kohat-bannu", facilitator_).status, 404) << "nothing created";
}

TEST_F(WorkspaceTest, TheLetterOfIntentSavedInTheFormsIsMadeAsAPdf) {
    enterThroughTheForms(sampleData("kohat-bannu"), "kohat-bannu");
    // The saves asked for the partnership's documents to be made; wait for the last.
    std::string documents;
    auto made = [&](const char* lang) {
        return documents.find("kohat-bannu.letter-of-intent." + std::string(lang) + ".v1") != std::string::npos;
    };
    for (int i = 0; i < 600 && !(made("en") && made("ur")); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        documents = portal_.get("/api/partnerships/kohat-bannu/documents", facilitator_).body;
    }
    EXPECT_TRUE(made("en") && made("ur")) << documents;
    const HttpResponse pdf = portal_.get("/api/documents/kohat-bannu.letter-of-intent.en.v1/download", facilitator_);
    EXPECT_EQ(pdf.status, 200);
    EXPECT_TRUE(pdf.body.starts_with("%PDF-"));
    // The step's page shows it, final, with its download.
    const HttpResponse page = portal_.get("/workspace/kohat-bannu/letter-of-intent", facilitator_);
    EXPECT_NE(page.body.find("/api/documents/kohat-bannu.letter-of-intent.en.v1/download"), std::string::npos);
}

TEST_F(WorkspaceTest, ASaveWithRuleWarningsIsRefusedUntilSavedWithThoseVeryWarnings) {
    Var data = sampleData("kohat-bannu");
    enterThroughTheForms(data, "kohat-bannu");
    // The mentor's director no longer signs the letter of intent.
    model::json::put(data, "letter_of_intent.signatories", model::json::read(R"(["mdn-director", "pwon-chairman"])"));
    const int before = latestVersion("kohat-bannu");
    const std::string stored = storedJson("kohat-bannu");
    const auto fields = stepFields(data, {"letter_of_intent"}, before);
    const HttpResponse refused = post("/workspace/kohat-bannu/letter-of-intent", fields, facilitator_);
    ASSERT_EQ(refused.status, 422) << refused.body;
    EXPECT_EQ(latestVersion("kohat-bannu"), before);
    EXPECT_EQ(storedJson("kohat-bannu"), stored);
    // At its field: in the signatories' fieldset, before its rows.
    const std::string& page = refused.body;
    const std::size_t field = page.find("<legend>Signatories</legend>");
    const std::size_t warning = page.find("the signatories include no director of the mentor");
    ASSERT_NE(field, std::string::npos);
    ASSERT_NE(warning, std::string::npos) << page;
    EXPECT_LT(field, warning);
    EXPECT_LT(warning, page.find("rows:letter_of_intent.signatories"));
    // The choice, in the form, with the session's token like every form's.
    const std::string digest = acceptWarningsOffered(page);
    ASSERT_FALSE(digest.empty()) << page;
    EXPECT_NE(page.find("Save with these warnings (1)"), std::string::npos);
    EXPECT_LT(page.find("name=\"csrf\"", page.find("action=\"/workspace/kohat-bannu/letter-of-intent\"")),
              page.find("name=\"accept-warnings\""));

    // Ticked for other warnings than these: refused again.
    auto ticked = [&](std::vector<std::pair<std::string, std::string>> posted, const std::string& accepted) {
        posted.emplace_back("accept-warnings", accepted);
        return post("/workspace/kohat-bannu/letter-of-intent", posted, facilitator_);
    };
    EXPECT_EQ(ticked(fields, std::string(64, '0')).status, 422);
    EXPECT_EQ(latestVersion("kohat-bannu"), before);
    // Nor does it save an error with them.
    Var wrong = model::json::deepCopy(data);
    model::json::put(wrong, "letter_of_intent.place", Var(std::string()));
    model::json::put(wrong, "letter_of_intent.status", Var(std::string("finished")));
    const HttpResponse invalid = ticked(stepFields(wrong, {"letter_of_intent"}, before), digest);
    EXPECT_EQ(invalid.status, 422);
    EXPECT_NE(invalid.body.find("Nothing was stored"), std::string::npos) << invalid.body;
    EXPECT_EQ(latestVersion("kohat-bannu"), before);

    const HttpResponse saved = ticked(fields, digest);
    ASSERT_EQ(saved.status, 303) << saved.body;
    EXPECT_EQ(latestVersion("kohat-bannu"), before + 1);
    const std::string after = portal_.get(saved.headers.at("Location"), facilitator_).body;
    EXPECT_NE(after.find("Saved as version " + std::to_string(before + 1)), std::string::npos);
    const std::size_t note = after.find("Version " + std::to_string(before + 1) + " was saved with rule warnings (1):");
    ASSERT_NE(note, std::string::npos) << after;
    EXPECT_NE(after.find("letter_of_intent.signatories: the signatories include no director of the mentor", note),
              std::string::npos);
    // The history's entry for it says so; the one before it, saved without, nothing.
    const std::string history = portal_.get("/workspace/kohat-bannu/history", facilitator_).body;
    const auto row = [&](int version) {
        return history.find("<tr><td data-label=\"Version\">" + std::to_string(version) + "</td>");
    };
    const std::size_t entry = row(before + 1);
    const std::size_t previous = row(before);
    ASSERT_NE(entry, std::string::npos);
    ASSERT_NE(previous, std::string::npos);
    EXPECT_LT(history.find("was saved with rule warnings (1):", entry), previous);
    const std::size_t previousEnd = history.find("</tr>", previous);
    EXPECT_GT(history.find("was saved with rule warnings", previous), previousEnd) << history;
}

TEST_F(WorkspaceTest, ATextGivenOnlyInEnglishIsFlaggedAtItsField) {
    Var data = sampleData("kohat-bannu");
    enterThroughTheForms(data, "kohat-bannu");
    model::json::put(data, "letter_of_request.readiness", Var(std::string("A team of four has been named.")));
    const HttpResponse saved =
        saveStep("kohat-bannu", "request", data, {"steps.request", "letter_of_request"}, latestVersion("kohat-bannu"));
    ASSERT_EQ(saved.status, 303) << saved.body;
    const std::string page = portal_.get(saved.headers.at("Location"), facilitator_).body;
    const std::size_t urdu = page.find("name=\"letter_of_request.readiness.ur\"");
    const std::size_t flag = page.find("The Urdu is missing");
    ASSERT_NE(urdu, std::string::npos);
    EXPECT_LT(urdu, flag);
    EXPECT_LT(flag, page.find("rows:letter_of_request.expected_results"));
    EXPECT_EQ(page.find("The Urdu is missing", flag + 1), std::string::npos) << "only there";
}

TEST_F(WorkspaceTest, AnInvalidSaveIsRefusedAtItsFieldAndNothingIsStored) {
    Var data = sampleData("kohat-bannu");
    enterThroughTheForms(data, "kohat-bannu");
    const int before = latestVersion("kohat-bannu");
    const std::string stored = storedJson("kohat-bannu");
    model::json::put(data, "letter_of_intent.signatories[1]", Var(std::string("nobody")));
    model::json::put(data, "steps.letter_of_intent", Var(std::string("2025-02-30")));
    const HttpResponse refused =
        saveStep("kohat-bannu", "letter-of-intent", data, {"steps.letter_of_intent", "letter_of_intent"}, before);
    EXPECT_EQ(refused.status, 422);
    EXPECT_NE(refused.body.find("Nothing was stored"), std::string::npos);
    // Each error under its own field.
    const std::size_t signatory = refused.body.find("name=\"letter_of_intent.signatories[1]\"");
    const std::size_t unknown = refused.body.find("Error: ", signatory);
    ASSERT_NE(signatory, std::string::npos);
    EXPECT_LT(unknown, refused.body.find("name=\"op\" value=\"up letter_of_intent.signatories[1]\""));
    EXPECT_NE(refused.body.find("nobody", unknown), std::string::npos);
    const std::size_t date = refused.body.find("name=\"steps.letter_of_intent\"");
    ASSERT_NE(date, std::string::npos);
    EXPECT_NE(refused.body.substr(date, 400).find("Error: "), std::string::npos) << refused.body.substr(date, 400);
    // What was typed stays in the form.
    EXPECT_NE(refused.body.find("value=\"2025-02-30\""), std::string::npos);
    EXPECT_EQ(latestVersion("kohat-bannu"), before);
    EXPECT_EQ(storedJson("kohat-bannu"), stored);
}

TEST_F(WorkspaceTest, TwoEditsAtOnceAreMergedWhenTheyDifferAndTheSecondRefusedWhenTheyMeet) {
    Var data = sampleData("kohat-bannu");
    enterThroughTheForms(data, "kohat-bannu");
    const int opened = latestVersion("kohat-bannu");  // both forms opened on it
    Var first = model::json::deepCopy(data), second = model::json::deepCopy(data), third = model::json::deepCopy(data);
    model::json::put(first, "letter_of_request.reference", Var(std::string("WSSC-M/CEO/2025/045")));
    model::json::put(second, "initial_meeting.venue.en", Var(std::string("WSSC Mardan, Committee Room")));
    model::json::put(third, "letter_of_request.reference", Var(std::string("WSSC-M/CEO/2025/099")));

    ASSERT_EQ(saveStep("kohat-bannu", "request", first, {"steps.request", "letter_of_request"}, opened).status, 303);
    const HttpResponse merged =
        saveStep("kohat-bannu", "initial-meeting", second, {"steps.initial_meeting", "initial_meeting"}, opened);
    ASSERT_EQ(merged.status, 303) << merged.body;
    EXPECT_NE(merged.headers.at("Location").find("merged=1"), std::string::npos);
    const std::string afterMerge = storedJson("kohat-bannu");
    EXPECT_NE(afterMerge.find("WSSC-M/CEO/2025/045"), std::string::npos);
    EXPECT_NE(afterMerge.find("WSSC Mardan, Committee Room"), std::string::npos);

    const HttpResponse refused = saveStep("kohat-bannu", "request", third, {"steps.request", "letter_of_request"}, opened);
    EXPECT_EQ(refused.status, 409);
    EXPECT_NE(refused.body.find("Not saved: version " + std::to_string(opened + 2) + " was saved by pwon"),
              std::string::npos) << refused.body;
    EXPECT_NE(refused.body.find("letter_of_request.reference"), std::string::npos);
    EXPECT_EQ(storedJson("kohat-bannu"), afterMerge);

    // The history says who changed what.
    const std::string history = portal_.get("/workspace/kohat-bannu/history", facilitator_).body;
    EXPECT_NE(history.find("<code>letter_of_request.reference</code>"), std::string::npos);
    EXPECT_NE(history.find("<code>initial_meeting.venue.en</code>"), std::string::npos);
}

TEST_F(WorkspaceTest, ListRowsAreAddedMovedAndRemovedWithoutSaving) {
    const Var data = sampleData("kohat-bannu");
    enterThroughTheForms(data, "kohat-bannu");
    const int version = latestVersion("kohat-bannu");
    auto fields = stepFields(data, {"steps.letter_of_intent", "letter_of_intent"}, version);
    auto withOp = [&](const std::string& op) {
        auto posted = fields;
        for (auto& [name, value] : posted)
            if (name == "op") value = op;
        return post("/workspace/kohat-bannu/letter-of-intent", posted, facilitator_);
    };
    const HttpResponse added = withOp("add letter_of_intent.signatories");
    ASSERT_EQ(added.status, 200);
    EXPECT_NE(added.body.find("name=\"rows:letter_of_intent.signatories\" value=\"4\""), std::string::npos);
    const HttpResponse moved = withOp("up letter_of_intent.signatories[2]");
    ASSERT_EQ(moved.status, 200);
    const std::string& page = moved.body;
    const std::size_t row1 = page.find("name=\"letter_of_intent.signatories[1]\"");
    EXPECT_NE(page.find("value=\"pwon-chairman\" selected", row1), std::string::npos);
    EXPECT_LT(page.find("value=\"pwon-chairman\" selected", row1), page.find("name=\"letter_of_intent.signatories[2]\""));
    const HttpResponse removed = withOp("remove letter_of_intent.signatories[0]");
    EXPECT_NE(removed.body.find("name=\"rows:letter_of_intent.signatories\" value=\"2\""), std::string::npos);
    EXPECT_EQ(latestVersion("kohat-bannu"), version);
}

TEST_F(WorkspaceTest, AnUploadedFileIsImportedAsANewVersionAndAnInvalidOneRefused) {
    const int before = latestVersion("peshawar-mardan-metering");
    Var data = model::json::read(portal_.get("/workspace/peshawar-mardan-metering/json", facilitator_).body);
    model::json::put(data, "letter_of_request.reference", Var(std::string("WSSC-M/CEO/2025/046")));
    const HttpResponse imported = upload(model::json::write(data));
    ASSERT_EQ(imported.status, 303) << imported.body;
    EXPECT_EQ(latestVersion("peshawar-mardan-metering"), before + 1);
    EXPECT_NE(storedJson("peshawar-mardan-metering").find("WSSC-M/CEO/2025/046"), std::string::npos);

    model::json::put(data, "steps.request", Var(std::string("2025-13-01")));
    const HttpResponse refused = upload(model::json::write(data));
    EXPECT_EQ(refused.status, 422);
    EXPECT_NE(refused.body.find("$.steps.request"), std::string::npos) << refused.body;
    EXPECT_EQ(latestVersion("peshawar-mardan-metering"), before + 1);
}

TEST_F(WorkspaceTest, EveryEditingRouteIsTheFacilitatorsOnly) {
    const Client utility = portal_.signIn("lahore");
    for (const char* target : {"/workspace", "/workspace/lahore-faisalabad-nrw",
                               "/workspace/lahore-faisalabad-nrw/letter-of-intent",
                               "/workspace/lahore-faisalabad-nrw/history", "/workspace/lahore-faisalabad-nrw/json"})
        EXPECT_EQ(portal_.get(target, utility).status, 403) << target;
    const int before = latestVersion("lahore-faisalabad-nrw");
    for (const char* target : {"/workspace", "/workspace/lahore-faisalabad-nrw/letter-of-intent",
                               "/workspace/lahore-faisalabad-nrw/json"}) {
        EXPECT_EQ(post(target, {{"base", std::to_string(before)}, {"op", "save"}, {"id", "x"}}, utility).status, 403) << target;
        // The facilitator too, without the session's token.
        Client forged = facilitator_;
        forged.csrf = std::string(64, 'a');
        EXPECT_EQ(post(target, {{"base", std::to_string(before)}, {"op", "save"}}, forged).status, 403) << target;
    }
    EXPECT_EQ(latestVersion("lahore-faisalabad-nrw"), before);
}

TEST_F(WorkspaceTest, APartnershipOpensOnItsNextStepWithTheUrduBesideTheEnglish) {
    const HttpResponse page = portal_.get("/workspace/peshawar-mardan-metering", facilitator_);
    ASSERT_EQ(page.status, 200);
    // Its last step reached is the mentor workshop: next, the letter of intent.
    EXPECT_NE(page.body.find("<h2>Letter of intent"), std::string::npos);
    EXPECT_NE(page.body.find("<li aria-current=\"step\" class=\"next\"><a href=\"/workspace/peshawar-mardan-metering/"
                             "letter-of-intent\""),
              std::string::npos);
    const std::string request = portal_.get("/workspace/peshawar-mardan-metering/request", facilitator_).body;
    const std::size_t english = request.find("name=\"letter_of_request.intention.en\"");
    const std::size_t urdu = request.find("name=\"letter_of_request.intention.ur\" lang=\"ur\" dir=\"rtl\"");
    ASSERT_NE(english, std::string::npos);
    ASSERT_NE(urdu, std::string::npos);
    EXPECT_LT(english, urdu);
}

// The keys, descriptions and choices of `spec` and all under it that the tables have no Urdu for.
void withoutUrdu(const server::FieldSpec& spec, std::set<std::string>& missing) {
    if (!spec.key.empty() && !server::hasUrduLabel(spec.key)) missing.insert("key " + spec.key);
    if (!spec.description.empty() && !server::hasUrduHint(spec.description))
        missing.insert("description \"" + spec.description + "\"");
    for (const std::string& choice : spec.choices)
        if (!server::hasUrduChoice(choice)) missing.insert("choice " + choice);
    for (const server::FieldSpec& member : spec.members) withoutUrdu(member, missing);
    for (const server::FieldSpec& item : spec.item) withoutUrdu(item, missing);
}

TEST(WorkspaceLabels, EveryFieldDescriptionAndChoiceOfTheSchemaHasItsUrdu) {
    std::set<std::string> missing;
    withoutUrdu(schema(), missing);
    for (const std::string& m : missing) ADD_FAILURE() << "no Urdu for " << m;
    EXPECT_EQ(server::fieldLabel("expected_results", model::Lang::En), "Expected results");
    EXPECT_EQ(server::fieldLabel("expected_results", model::Lang::Ur), "متوقع نتائج");
}

// What a reader sees of a page: its text, without tags, without the
// values of inputs (the partnership's own words, in both languages) and
// without the switch, which names the other language in it.
std::string visibleText(const std::string& page) {
    static const std::regex hidden(
        R"(<(textarea|option)\b[^>]*>[\s\S]*?</\1>|<a class="switch"[^>]*>[^<]*</a>|<[^>]*>)");
    return std::regex_replace(page, hidden, " ");
}

// The workspace's own words in English, none of which an Urdu page may say.
const char* const englishWords[] = {
    "Workspace", "A new partnership", "Create the partnership", "Enter and follow", "Save", "History", "Version",
    "Download the JSON", "Documents", "Next:", "Add", "Move up", "Move down", "Remove", "Upload", "What changed",
    "Saved", "English", "Urdu", "required", "Error", "Warning", "Attendees", "Venue", "Date", "Title", "Subject",
    "Reference", "Short name", "the date printed on the document", "Partnership file", "Every version",
    "Mentee presentation", "Problems", "Draft", "Final", "next", "on", "after", "to"};

TEST_F(WorkspaceTest, EveryPageIsInUrduWithNoEnglishWordOfTheInterface) {
    // The switch, remembered in the session for the pages after it.
    ASSERT_NE(portal_.get("/workspace?lang=ur", facilitator_).body.find(R"(<html lang="ur" dir="rtl">)"),
              std::string::npos);
    const struct {
        std::string target;
        std::vector<std::string> urdu;
    } pages[] = {
        {"/workspace", {"ورک اسپیس", "نئی شراکت", "شراکت بنائیں", "مختصر نام", "لازمی"}},
        {"/workspace/peshawar-mardan-metering", {"اگلا مرحلہ", "خطِ ارادہ", "دستخط کنندگان", "تاریخچہ", "محفوظ کریں"}},
        {"/workspace/peshawar-mardan-metering/initial-meeting",
         {"ابتدائی اجلاس", "شرکائے اجلاس", "مقامِ اجلاس", "نئی سطر شامل کریں", "اوپر لے جائیں", "ہٹائیں", "انگریزی",
          "دستاویز پر چھپنے والی تاریخ"}},
        {"/workspace/peshawar-mardan-metering/history", {"تاریخچہ", "نسخہ", "کیا بدلا", "جے سان فائل اپ لوڈ کریں"}},
    };
    for (const auto& [target, urdu] : pages) {
        SCOPED_TRACE(target);
        const HttpResponse page = portal_.get(target, facilitator_);
        ASSERT_EQ(page.status, 200);
        EXPECT_NE(page.body.find(R"(<html lang="ur" dir="rtl">)"), std::string::npos);
        for (const std::string& said : urdu) EXPECT_NE(page.body.find(said), std::string::npos) << said;
        const std::string text = visibleText(page.body);
        for (const char* english : englishWords) {
            const std::regex word(std::string("\\b") + english + "\\b");
            EXPECT_FALSE(std::regex_search(text, word)) << "\"" << english << "\" in:\n" << text;
        }
    }
    // Whatever the page's language, each Text's English input is left to right and its Urdu right to left.
    const std::string form = portal_.get("/workspace/peshawar-mardan-metering/initial-meeting", facilitator_).body;
    EXPECT_NE(form.find(R"(name="initial_meeting.venue.en" lang="en" dir="ltr")"), std::string::npos);
    EXPECT_NE(form.find(R"(name="initial_meeting.venue.ur" lang="ur" dir="rtl" class="ur")"), std::string::npos);
}

TEST_F(WorkspaceTest, TheLoadersCommonestErrorsAreSaidInUrdu) {
    portal_.get("/workspace?lang=ur", facilitator_);
    Var data = sampleData("kohat-bannu");
    enterThroughTheForms(data, "kohat-bannu");
    const int before = latestVersion("kohat-bannu");
    model::json::put(data, "letter_of_intent.signatories[1]", Var(std::string("nobody")));
    model::json::put(data, "steps.letter_of_intent", Var(std::string("2025-02-30")));
    const HttpResponse refused =
        saveStep("kohat-bannu", "letter-of-intent", data, {"steps.letter_of_intent", "letter_of_intent"}, before);
    EXPECT_EQ(refused.status, 422);
    EXPECT_NE(refused.body.find(R"(<html lang="ur" dir="rtl">)"), std::string::npos);
    EXPECT_NE(refused.body.find("محفوظ نہیں ہوا: نیچے نشان زدہ اندراجات درست کریں۔"), std::string::npos);
    EXPECT_NE(refused.body.find("خرابی: تاریخ YYYY-MM-DD کی صورت میں درکار ہے؛ درج ہے: &quot;2025-02-30&quot;"),
              std::string::npos)
        << refused.body;
    EXPECT_NE(refused.body.find("خرابی: nobody شناخت والا کوئی فرد موجود نہیں"), std::string::npos);
    EXPECT_EQ(refused.body.find("expected a date"), std::string::npos);
    EXPECT_EQ(refused.body.find("unknown person"), std::string::npos);
    // A required field left empty, named by its Urdu label.
    const HttpResponse created = post("/workspace", {{"op", "save"}, {"id", "kohat-bannu-2"}}, facilitator_);
    EXPECT_EQ(created.status, 422);
    EXPECT_NE(created.body.find("شراکت نہیں بنی"), std::string::npos);
    EXPECT_NE(created.body.find("لازمی خانہ “حوالہ نمبر” خالی ہے"), std::string::npos) << created.body;
}

TEST_F(WorkspaceTest, APostsAnswerKeepsTheLanguageAndItsSwitchOpensAPage) {
    portal_.get("/workspace?lang=ur", facilitator_);
    // A row added: the form again, at the address posted to, in Urdu.
    const HttpResponse added = post("/workspace/peshawar-mardan-metering/initial-meeting",
                                    {{"base", "1"}, {"op", "add initial_meeting.attendees"}}, facilitator_);
    ASSERT_EQ(added.status, 200);
    EXPECT_NE(added.body.find(R"(<html lang="ur" dir="rtl">)"), std::string::npos);
    // A file refused: the history, whose switch opens the history, not the file's download.
    const HttpResponse refused = upload("{\"id\": \"another\"}");
    ASSERT_EQ(refused.status, 422);
    EXPECT_NE(refused.body.find(R"(<html lang="ur" dir="rtl">)"), std::string::npos);
    EXPECT_NE(refused.body.find("فائل درج نہیں ہوئی"), std::string::npos);
    const std::regex switchLink(R"re(<a class="switch" href="([^"]*)")re");
    for (const HttpResponse* answer : {&added, &refused}) {
        std::smatch link;
        ASSERT_TRUE(std::regex_search(answer->body, link, switchLink));
        // As a browser follows it from the address posted to.
        const std::string posted = answer == &added ? "/workspace/peshawar-mardan-metering/initial-meeting"
                                                    : "/workspace/peshawar-mardan-metering/json";
        const std::string href = link[1];
        const HttpResponse english = portal_.get(href.starts_with("?") ? posted + href : href, facilitator_);
        EXPECT_EQ(english.status, 200) << href;
        EXPECT_NE(english.body.find(R"(<html lang="en" dir="ltr">)"), std::string::npos) << href;
        portal_.get("/workspace?lang=ur", facilitator_);
    }
}

TEST_F(WorkspaceTest, TheFieldsOfTheFacilitatorsOwnAreAddedEditedAndRemovedAsImportWouldStoreThem) {
    const std::string id = "lahore-faisalabad-nrw";
    const std::vector<std::string> paths = {"reference", "title", "subject", "large_team", "extra"};
    const HttpResponse opened = portal_.get("/workspace/" + id + "/partnership", facilitator_);
    ASSERT_EQ(opened.status, 200);
    EXPECT_NE(opened.body.find("name=\"keys:extra\" value=\"ceremony_time\""), std::string::npos) << opened.body;
    EXPECT_NE(opened.body.find(">10:30 am</textarea>"), std::string::npos);
    EXPECT_NE(opened.body.find("صبح ساڑھے دس بجے</textarea>"), std::string::npos);

    Var data = model::json::read(storedJson(id));
    auto withKey = [&](const Var& shown, const std::string& op, const std::string& key) {
        auto fields = stepFields(shown, paths, latestVersion(id));
        for (auto& [name, value] : fields)
            if (name == "op") value = op;
        fields.emplace_back("key:extra", key);
        return post("/workspace/" + id + "/partnership", fields, facilitator_);
    };
    // A key templates could not name, or one taken: refused at the key's input.
    for (const auto& [key, why] : {std::pair{"Venue Note", "is no key"}, std::pair{"ceremony_time", "is a field already"}}) {
        const HttpResponse refused = withKey(data, "add extra", key);
        EXPECT_EQ(refused.status, 422) << key;
        const std::size_t input = refused.body.find("name=\"key:extra\"");
        ASSERT_NE(input, std::string::npos);
        EXPECT_LT(refused.body.find(why, input), refused.body.find("value=\"add extra\"")) << key;
    }
    const HttpResponse added = withKey(data, "add extra", "venue_note");
    ASSERT_EQ(added.status, 200) << added.body;
    EXPECT_NE(added.body.find("name=\"keys:extra\" value=\"ceremony_time,venue_note\""), std::string::npos);
    EXPECT_NE(added.body.find("name=\"extra.venue_note.ur\""), std::string::npos);

    // Saved with the new field given and the other edited.
    model::json::put(data, "extra.venue_note", model::json::read(R"({"en": "Hall B", "ur": "ہال بی"})"));
    model::json::put(data, "extra.ceremony_time.en", Var(std::string("11:00 am")));
    const int before = latestVersion(id);
    const HttpResponse saved = postWithWarnings("/workspace/" + id + "/partnership", stepFields(data, paths, before));
    ASSERT_EQ(saved.status, 303) << saved.body;
    EXPECT_EQ(latestVersion(id), before + 1);
    EXPECT_EQ(model::json::changedPaths(normalized(imported(data, id), ""), normalized(model::json::read(storedJson(id)), "")),
              std::vector<std::string>{});

    // Removed, and saved without it.
    const HttpResponse removed = withKey(data, "remove extra.ceremony_time", "");
    ASSERT_EQ(removed.status, 200) << removed.body;
    EXPECT_NE(removed.body.find("name=\"keys:extra\" value=\"venue_note\""), std::string::npos);
    EXPECT_EQ(removed.body.find("name=\"extra.ceremony_time.en\""), std::string::npos);
    model::json::put(data, "extra.ceremony_time", std::nullopt);
    const HttpResponse savedAgain = postWithWarnings("/workspace/" + id + "/partnership", stepFields(data, paths, before + 1));
    ASSERT_EQ(savedAgain.status, 303) << savedAgain.body;
    const Var stored = model::json::read(storedJson(id));
    EXPECT_EQ(model::json::changedPaths(normalized(imported(data, id), ""), normalized(stored, "")), std::vector<std::string>{});
    EXPECT_FALSE(model::json::at(stored, "extra.ceremony_time"));
    EXPECT_TRUE(model::json::at(stored, "extra.venue_note"));
}

}  // namespace
}  // namespace wop::test
