// The fixed words a document prints besides the partnership's own texts:
// duties, roles, activity owners, step names, the study visit's purposes.
// One table per language (labels.cpp); callers index it by the model's enums.
#pragma once

#include <array>
#include <string_view>

#include "model/partnership.h"
#include "model/text.h"

namespace wop::context {

inline constexpr int studyVisitPurposeCount = 5;  // guideline 3.2.1

struct Labels {
    std::array<std::string_view, 8> duties;               // by model::Duty
    std::array<std::string_view, 4> roles;                // by model::Role
    std::array<std::string_view, 4> owners;               // by model::Owner
    std::array<std::string_view, model::stepCount> steps; // by model::Step
    std::array<std::string_view, studyVisitPurposeCount> studyVisitPurposes;  // purpose 1..5 at 0..4
    std::string_view listSeparator;  // between the items of an inline list
    std::string_view lastListSeparator;  // before its last item: " and "
    std::string_view resultArrow;    // "baseline → achieved", pointing the reading direction
};

const Labels& labels(model::Lang lang);

template <typename Enum, std::size_t N>
std::string_view label(const std::array<std::string_view, N>& table, Enum value) {
    return table.at(static_cast<std::size_t>(value));
}

}  // namespace wop::context
