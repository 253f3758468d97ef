#include "model/partnership.h"

#include <algorithm>

namespace wop::model {

std::string_view stepKey(Step step) {
    static constexpr std::string_view keys[stepCount] = {
        "request",
        "initial_meeting",
        "confirmation",
        "mentor_workshop",
        "letter_of_intent",
        "diagnostic_visit",
        "work_plan",
        "memorandum_of_agreement",
        "study_visit",
        "pilot_start",
        "pilot_end",
        "final_reports",
        "evaluation_meeting",
        "dissemination_workshop",
        "recommendation",
    };
    return keys[static_cast<int>(step)];
}

bool Person::hasDuty(Duty duty) const { return std::find(duties.begin(), duties.end(), duty) != duties.end(); }

const Person* Partnership::findPerson(const std::string& personId, const Organisation** party) const {
    auto search = [&](const Organisation& organisation) -> const Person* {
        for (const Person& person : organisation.people) {
            if (person.id != personId) continue;
            if (party) *party = &organisation;
            return &person;
        }
        return nullptr;
    };
    for (const Organisation* organisation : parties()) {
        if (const Person* person = search(*organisation)) return person;
    }
    return nullptr;
}

std::vector<const Organisation*> Partnership::parties() const {
    std::vector<const Organisation*> all{&facilitator, &mentor, &mentee};
    for (const Organisation& partner : supportingPartners) all.push_back(&partner);
    return all;
}

std::vector<const Image*> Partnership::images() const {
    std::vector<const Image*> all;
    for (const Organisation* party : parties())
        for (const std::optional<Image>* image : {&party->logo, &party->seal}) {
            const auto sameFile = [&](const Image* known) { return known->file == (*image)->file; };
            if (*image && std::none_of(all.begin(), all.end(), sameFile)) all.push_back(&**image);
        }
    return all;
}

// As templates name it: snake_case, like the context's own keys.
bool isExtraKey(const std::string& key) {
    return !key.empty() && key[0] >= 'a' && key[0] <= 'z' &&
           std::all_of(key.begin(), key.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

}  // namespace wop::model
