// A partnership file's JSON edited, compared and merged by JSON path, as
// the portal's workspace saves it.
#include <gtest/gtest.h>

#include "model/json_tree.h"

namespace wop::model::json {
namespace {

using Poco::Dynamic::Var;

const char* const base = R"({"id": "a", "work_plan": {"activities": [{"title": "Survey"}, {"title": "Meters"}]},
                            "letter_of_request": {"reference": "R-1"}})";

TEST(JsonTree, WritesKeysInTheirOrderAndUrduAsItIs) {
    EXPECT_EQ(write(read(R"({"z": 1, "a": {"ur": "پشاور", "q": "a\"b"}, "e": [], "t": true})")),
              "{\n  \"z\": 1,\n  \"a\": {\n    \"ur\": \"پشاور\",\n    \"q\": \"a\\\"b\"\n  },\n  \"e\": [],\n  \"t\": true\n}\n");
}

TEST(JsonTree, PutsAndRemovesByPath) {
    Var tree = read(base);
    put(tree, "work_plan.activities[1].title", Var(std::string("Zone meters")));
    put(tree, "work_plan.activities[2].title", Var(std::string("Report")));  // appended
    put(tree, "steps.request", Var(std::string("2025-06-10")));               // made on the way
    put(tree, "letter_of_request", std::nullopt);
    EXPECT_EQ(at(tree, "work_plan.activities[1].title")->toString(), "Zone meters");
    EXPECT_EQ(at(tree, "work_plan.activities[2].title")->toString(), "Report");
    EXPECT_EQ(at(tree, "steps.request")->toString(), "2025-06-10");
    EXPECT_FALSE(at(tree, "letter_of_request"));
    put(tree, "work_plan.activities[9].title", Var(std::string("gap")));  // no item 3 to follow
    EXPECT_FALSE(at(tree, "work_plan.activities[9]"));
}

TEST(JsonTree, ChangedPathsAreTheOutermostAndALengthChangeIsTheWholeArray) {
    Var after = read(base);
    put(after, "work_plan.activities[0].title", Var(std::string("Survey of zone 3")));
    put(after, "letter_of_request.date", Var(std::string("2025-06-10")));
    put(after, "steps.request", Var(std::string("2025-06-10")));
    EXPECT_EQ(changedPaths(read(base), after),
              (std::vector<std::string>{"work_plan.activities[0].title", "letter_of_request.date", "steps"}));
    Var longer = read(base);
    put(longer, "work_plan.activities[2]", read(R"({"title": "Report"})"));
    EXPECT_EQ(changedPaths(read(base), longer), std::vector<std::string>{"work_plan.activities"});
    // The order of keys is no change.
    EXPECT_TRUE(changedPaths(read(R"({"a": 1, "b": 2})"), read(R"({"b": 2, "a": 1})")).empty());
}

TEST(JsonTree, MergesChangesToDifferentPathsAndRefusesChangesToTheSame) {
    Var ours = read(base), theirs = read(base);
    put(ours, "letter_of_request.reference", Var(std::string("R-2")));
    put(theirs, "work_plan.activities[1].title", Var(std::string("Zone meters")));
    const Merge merged = merge(read(base), ours, theirs);
    ASSERT_TRUE(merged.merged);
    EXPECT_EQ(at(*merged.merged, "letter_of_request.reference")->toString(), "R-2");
    EXPECT_EQ(at(*merged.merged, "work_plan.activities[1].title")->toString(), "Zone meters");
    EXPECT_EQ(at(theirs, "letter_of_request.reference")->toString(), "R-1");  // theirs untouched

    // A row added on one side and a row edited on the other meet at the list.
    Var added = read(base);
    put(added, "work_plan.activities[2]", read(R"({"title": "Report"})"));
    const Merge refused = merge(read(base), added, theirs);
    EXPECT_FALSE(refused.merged);
    EXPECT_EQ(refused.conflicts, std::vector<std::string>{"work_plan.activities"});
}

TEST(JsonTree, PathsOverlapWhenOneHoldsTheOther) {
    EXPECT_TRUE(overlaps("work_plan", "work_plan.activities[2].title"));
    EXPECT_TRUE(overlaps("a.b[1]", "a.b[1].c"));
    EXPECT_FALSE(overlaps("a.b[1]", "a.b[10]"));
    EXPECT_FALSE(overlaps("work_plan", "work_plan_notes"));
}

}  // namespace
}  // namespace wop::model::json
