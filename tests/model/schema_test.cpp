// docs/partnership.schema.json, the format for editors, against the loader,
// the format as read: the samples the loader accepts, the schema accepts; the
// invalid ones it rejects, the schema rejects; and at every kind of object
// the schema describes, it names the keys the loader knows and requires the
// ones the loader requires.
#include <algorithm>
#include <filesystem>
#include <functional>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include <gtest/gtest.h>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include "model/loader.h"
#include "support.h"

namespace wop::test {
namespace {

namespace fs = std::filesystem;
using Poco::JSON::Object;
using Names = std::set<std::string>;

const fs::path schemaFile() { return sourceDir() / "docs" / "partnership.schema.json"; }

std::vector<fs::path> jsonFiles(const fs::path& folder) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

// What the schema says of each file: "FILE: accepted" or one
// "FILE: rejected: ..." line per problem.
std::string checkWithSchema(const std::vector<fs::path>& files) {
    std::string command = "/usr/bin/python3 " + shellQuote((sourceDir() / "tests/model/check_schema.py").string()) +
                          " " + shellQuote(schemaFile().string());
    for (const auto& file : files) command += " " + shellQuote(file.string());
    const CommandResult result = run(command);
    EXPECT_EQ(result.exitCode, 0) << result.output;
    return result.output;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(Schema, AcceptsEverySample) {
    const auto samples = jsonFiles(sourceDir() / "samples");
    ASSERT_GE(samples.size(), 3u);
    const std::string output = checkWithSchema(samples);
    for (const auto& sample : samples) EXPECT_PRED2(contains, output, sample.string() + ": accepted");
    EXPECT_FALSE(contains(output, "rejected")) << output;
}

TEST(Schema, RejectsEveryInvalidSampleTheLoaderRejects) {
    const auto invalid = jsonFiles(sourceDir() / "samples" / "invalid");
    ASSERT_FALSE(invalid.empty());
    const std::string output = checkWithSchema(invalid);
    for (const auto& file : invalid) {
        if (model::loadPartnershipFile(file.string()).partnership) continue;
        EXPECT_PRED2(contains, output, file.string() + ": rejected: ");
    }
    // The mistakes the schema can see, as it words them.
    EXPECT_PRED2(contains, output, "rejected: $.large_team 'yes' is not of type 'boolean'");
    EXPECT_PRED2(contains, output, "rejected: $.parties.mentee 'name' is a required property");
    EXPECT_PRED2(contains, output, "rejected: $ Additional properties are not allowed ('titel' was unexpected)");
    EXPECT_PRED2(contains, output, "pasted-from-word.json: rejected: not JSON: ");
    EXPECT_PRED2(contains, output, "rejected: $.parties.facilitator.people[0].name 'Engr. Muhammad Asif Qureshi\\nBcc: ");
}

// --- The schema's objects against the loader ---------------------------------

Object::Ptr parseObject(const std::string& json) {
    return Poco::JSON::Parser().parse(json).extract<Object::Ptr>();
}

std::string stringify(const Object::Ptr& object) {
    std::ostringstream out;
    object->stringify(out);
    return out.str();
}

class Schema {
public:
    Schema() : root_(parseObject(readFile(schemaFile()))) {}

    const Object::Ptr& root() const { return root_; }

    // The schema a "$ref" names, or the schema itself.
    Object::Ptr resolve(const Object::Ptr& schema) const {
        if (!schema->has("$ref")) return schema;
        const std::string ref = schema->getValue<std::string>("$ref");
        return root_->getObject("$defs")->getObject(ref.substr(ref.rfind('/') + 1));
    }

    // A JSON object of the format with keys of its own: not Text, whose
    // object form ({"en", "ur"}) is one of its alternatives.
    static bool isFormatObject(const Object::Ptr& schema) {
        return schema->has("properties") && !schema->has("anyOf");
    }

    static Names keys(const Object::Ptr& schema) {
        const auto names = schema->getObject("properties")->getNames();
        return {names.begin(), names.end()};
    }
    static Names required(const Object::Ptr& schema) {
        Names names;
        if (auto list = schema->getArray("required"))
            for (std::size_t i = 0; i < list->size(); ++i) names.insert(list->getElement<std::string>(i));
        return names;
    }

    // Every format object the schema describes.
    std::set<const Object*> formatObjects() const {
        std::set<const Object*> found;
        collect(root_, found);
        for (const auto& name : root_->getObject("$defs")->getNames()) collect(root_->getObject("$defs")->getObject(name), found);
        return found;
    }

private:
    static void collect(const Object::Ptr& schema, std::set<const Object*>& found) {
        if (schema->has("items")) collect(schema->getObject("items"), found);
        if (!isFormatObject(schema)) return;
        found.insert(schema.get());
        const auto properties = schema->getObject("properties");
        for (const auto& name : properties->getNames()) collect(properties->getObject(name), found);
    }

    Object::Ptr root_;
};

// Where an object sits in a sample: its keys and indices from the top.
using Step = std::variant<std::string, unsigned>;
struct Site {
    fs::path sample;
    std::vector<Step> steps;
    std::string path;  // JSON path, as diagnostics name it
    Object::Ptr schema;
};

// One site of each format object of the schema the samples have.
void findSites(const Schema& schema, const Poco::Dynamic::Var& value, Object::Ptr valueSchema, Site site,
               std::map<const Object*, Site>& sites) {
    valueSchema = schema.resolve(valueSchema);
    if (value.type() == typeid(Poco::JSON::Array::Ptr) && valueSchema->has("items")) {
        const auto array = value.extract<Poco::JSON::Array::Ptr>();
        for (unsigned i = 0; i < array->size(); ++i) {
            Site item = site;
            item.steps.push_back(i);
            item.path += "[" + std::to_string(i) + "]";
            findSites(schema, array->get(i), valueSchema->getObject("items"), item, sites);
        }
        return;
    }
    if (value.type() != typeid(Object::Ptr) || !Schema::isFormatObject(valueSchema)) return;
    site.schema = valueSchema;
    sites.emplace(valueSchema.get(), site);
    const auto object = value.extract<Object::Ptr>();
    const auto properties = valueSchema->getObject("properties");
    for (const auto& key : object->getNames()) {
        if (!properties->has(key)) continue;
        Site member = site;
        member.steps.push_back(key);
        member.path += "." + key;
        findSites(schema, object->get(key), properties->getObject(key), member, sites);
    }
}

Object::Ptr objectAt(const Object::Ptr& root, const std::vector<Step>& steps) {
    Poco::Dynamic::Var at = root;
    for (const Step& step : steps) {
        if (const auto* key = std::get_if<std::string>(&step)) at = at.extract<Object::Ptr>()->get(*key);
        else at = at.extract<Poco::JSON::Array::Ptr>()->get(std::get<unsigned>(step));
    }
    return at.extract<Object::Ptr>();
}

// The sample loaded after `edit` changed the object at the site: the keys
// of the loader's messages at the site that start with `message` ("unknown
// field", "missing required field").
Names keysReported(const Site& site, const std::function<void(Object&)>& edit, const std::string& message) {
    const Object::Ptr root = parseObject(readFile(site.sample));
    edit(*objectAt(root, site.steps));
    const model::LoadResult result = model::loadPartnership(stringify(root), site.sample.string());
    Names keys;
    const std::regex reported("^" + message + " \"([a-z_]+)\"");
    for (const auto& diagnostic : result.diagnostics) {
        std::smatch match;
        if (std::regex_search(diagnostic.message, match, reported)) {
            const std::string key = match[1];
            const bool here = message == "unknown field" ? diagnostic.path == site.path + "." + key
                                                         : diagnostic.path == site.path;
            if (here) keys.insert(key);
        }
    }
    return keys;
}

// Every key data-format.md names (`venue`, `letter_of_intent`) and every
// key of the schema: those a loader might know in a place the schema does not.
Names candidateKeys(const Schema& schema) {
    Names keys;
    const std::string doc = readFile(sourceDir() / "docs" / "data-format.md");
    const std::regex name("`([a-z][a-z_]*)`");
    for (auto it = std::sregex_iterator(doc.begin(), doc.end(), name); it != std::sregex_iterator(); ++it)
        keys.insert((*it)[1]);
    for (const Object* object : schema.formatObjects()) {
        const auto names = object->getObject("properties")->getNames();
        keys.insert(names.begin(), names.end());
    }
    return keys;
}

Names minus(const Names& these, const Names& those) {
    Names rest;
    std::set_difference(these.begin(), these.end(), those.begin(), those.end(), std::inserter(rest, rest.end()));
    return rest;
}

std::string join(const Names& names) {
    std::string text;
    for (const auto& name : names) text += (text.empty() ? "" : " ") + name;
    return text;
}

class SchemaObjects : public ::testing::Test {
protected:
    void SetUp() override {
        for (const auto& sample : jsonFiles(sourceDir() / "samples")) {
            Site top{sample, {}, "$", nullptr};
            findSites(schema, parseObject(readFile(sample)), schema.root(), top, sites);
        }
    }

    Schema schema;
    std::map<const Object*, Site> sites;
};

TEST_F(SchemaObjects, TheSamplesHaveEachOne) {
    for (const Object* object : schema.formatObjects()) {
        const auto names = object->getObject("properties")->getNames();
        EXPECT_TRUE(sites.contains(object)) << "no sample has an object with the keys " << names.front() << ", ...";
    }
}

TEST_F(SchemaObjects, NameTheKeysTheLoaderKnowsThere) {
    const Names candidates = candidateKeys(schema);
    ASSERT_GT(sites.size(), 30u);
    for (const auto& [object, site] : sites) {
        const Names others = minus(candidates, Schema::keys(site.schema));
        // Absent keys given as null, which the loader takes as absent: only
        // the keys the schema does not name may be unknown to the loader.
        const Names unknown = keysReported(site, [&](Object& at) {
            for (const auto& key : candidates)
                if (!at.has(key)) at.set(key, Poco::Dynamic::Var());
        }, "unknown field");
        EXPECT_EQ(join(minus(others, unknown)), "") << "keys the loader knows at " << site.path << " that the schema lacks";
        EXPECT_EQ(join(minus(unknown, others)), "") << "keys the schema names at " << site.path << " that the loader refuses";
    }
}

TEST_F(SchemaObjects, RequireTheKeysTheLoaderRequires) {
    for (const auto& [object, site] : sites) {
        const Names missing = keysReported(site, [](Object& at) { at.clear(); }, "missing required field");
        EXPECT_EQ(join(missing), join(Schema::required(site.schema))) << "the keys required at " << site.path;
    }
}

}  // namespace
}  // namespace wop::test
