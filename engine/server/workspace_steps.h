// The workspace's steps, in the guideline's order: each a form of the
// partnership file's sections it is about, with the dates in `steps` it
// reaches, so that a facilitator enters a partnership as it goes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/partnership.h"
#include "model/text.h"

namespace wop::server {

struct WorkspaceStep {
    std::string_view slug;  // in the address: "letter-of-intent"
    model::Text title;
    std::vector<std::string_view> dates;     // keys of the file's `steps`: "letter_of_intent"
    std::vector<std::string_view> sections;  // top-level keys: "letter_of_intent"

    // The JSON paths the step's form holds, whole: "steps.letter_of_intent", "letter_of_intent".
    std::vector<std::string> paths() const;
};

const std::vector<WorkspaceStep>& workspaceSteps();
const WorkspaceStep* findWorkspaceStep(std::string_view slug);
// The step whose form dates `step`.
const WorkspaceStep& workspaceStepOf(model::Step step);

// The fields of the form for a new partnership.
const std::vector<std::string>& newPartnershipPaths();

}  // namespace wop::server
