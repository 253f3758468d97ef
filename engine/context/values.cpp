#include "context/values.h"

#include <algorithm>
#include <iterator>
#include <utility>

#include "context/greeting_name.h"
#include "context/labels.h"

namespace wop::context {

namespace {

using model::Duty;

bool inTeam(const model::Person& person) {
    return person.hasDuty(Duty::TeamLeader) || person.hasDuty(Duty::TeamMember);
}

// The duties a letter addresses by their holder: "the Director of WASA".
const std::pair<Duty, const char*> dutyKeys[] = {
    {Duty::Chairman, "chairman"},
    {Duty::NationalCoordinator, "national_coordinator"},
    {Duty::Director, "director"},
    {Duty::ManagingDirector, "managing_director"},
    {Duty::FocalPerson, "focal_person"},
};

// Who signs for the organisation: its signatory of the document, else the
// person who represents it by office.
const model::Person* representativeOf(const model::Organisation& organisation,
                                      const std::vector<std::string>& signatories) {
    for (const std::string& id : signatories)
        for (const model::Person& member : organisation.people)
            if (member.id == id) return &member;
    for (Duty duty : {Duty::Chairman, Duty::ManagingDirector, Duty::Director})
        for (const model::Person& member : organisation.people)
            if (member.hasDuty(duty)) return &member;
    return nullptr;
}

// How markup names an image: by its digest (docs/markup.md, <image>); false
// when there is none.
Value imageSource(const std::optional<model::Image>& image) {
    return image ? Value("sha256:" + image->content->sha256) : Value(false);
}

}  // namespace

Value Values::texts(const std::vector<model::Text>& texts) const {
    return listOf(texts, [this](const model::Text& item) { return Value(text(item)); });
}

Value Values::date(const std::optional<model::Date>& date) const {
    return date ? this->date(*date) : Value(false);
}

Value Values::range(const model::DateRange& range) const {
    return Object{{"from", date(range.from)}, {"to", date(range.to)}};
}

Value Values::indicators(const std::vector<model::Indicator>& indicators) const {
    return listOf(indicators, [this](const model::Indicator& indicator) {
        return Object{{"name", text(indicator.name)}, {"value", string(indicator.value)}};
    });
}

Value Values::person(const std::string& personId) const {
    const model::Organisation* party = nullptr;
    const model::Person* found = partnership_ ? partnership_->findPerson(personId, &party) : nullptr;
    return found ? person(*found, *party) : Value(false);
}

Value Values::persons(const std::vector<std::string>& personIds) const {
    return listOf(personIds, [this](const std::string& personId) { return person(personId); });
}

Value Values::names(const std::vector<std::string>& personIds) const {
    const Labels& words = labels(lang());
    std::string phrase;
    for (std::size_t i = 0; i < personIds.size(); ++i) {
        const model::Person* found = partnership_ ? partnership_->findPerson(personIds[i]) : nullptr;
        if (!found) continue;
        if (!phrase.empty()) phrase += i + 1 == personIds.size() ? words.lastListSeparator : words.listSeparator;
        phrase += found->name.in(lang());
    }
    return string(phrase);
}

Value Values::person(const model::Person& person, const model::Organisation& party) const {
    return Object{
        {"name", text(person.name)},
        {"title", text(person.title)},
        {"email", string(person.email)},
        {"organisation", text(party.name)},
        {"organisation_short", party.shortName},
        {"duties", duties(person)},
        {"salutation", salutation(person)},
        {"role", role(person, party)},
        {"seal", imageSource(party.seal)},
    };
}

Value Values::persons(const std::vector<model::Person>& people, const model::Organisation& party) const {
    return listOf(people, [&](const model::Person& member) { return person(member, party); });
}

std::string Values::duties(const model::Person& person) const {
    const Labels& words = labels(lang());
    std::string joined;
    for (Duty duty : person.duties) {
        std::string_view name = label(words.duties, duty);
        if (name.empty()) continue;
        if (!joined.empty()) joined += words.listSeparator;
        joined += name;
    }
    return joined;
}

std::string Values::role(const model::Organisation& party) const {
    if (!partnership_ || &party == &partnership_->facilitator) return "facilitator";
    if (&party == &partnership_->mentor) return "mentor";
    if (&party == &partnership_->mentee) return "mentee";
    return "partner";
}

// The duty a signatory signs in, the highest they hold; else their id.
std::string Values::role(const model::Person& person, const model::Organisation& party) const {
    static const std::pair<Duty, const char*> signingDuties[] = {
        {Duty::Chairman, "chairman"},       {Duty::NationalCoordinator, "national-coordinator"},
        {Duty::ManagingDirector, "managing-director"}, {Duty::Director, "director"},
        {Duty::TeamLeader, "team-leader"},  {Duty::FocalPerson, "focal-person"},
        {Duty::TeamMember, "team-member"},
    };
    for (const auto& [duty, name] : signingDuties)
        if (person.hasDuty(duty)) return role(party) + "-" + name;
    return role(party) + "-" + person.id;
}

std::string Values::salutation(const model::Person& person) const {
    const std::string& given = lang() == model::Lang::Ur ? person.salutation.ur : person.salutation.en;
    return given.empty() ? greetingName(person.name.in(lang()), lang()) : given;
}

Value Values::organisation(const model::Organisation& organisation,
                           const std::vector<std::string>& signatories) const {
    std::vector<model::Person> team;
    std::copy_if(organisation.people.begin(), organisation.people.end(), std::back_inserter(team), inTeam);
    Value values = Object{
        {"role", role(organisation)},
        {"name", text(organisation.name)},
        {"short_name", string(organisation.shortName)},
        {"address", text(organisation.address)},
        {"city", text(organisation.city)},
        {"email", string(organisation.email)},
        // Read left to right as a whole in Urdu too: the text stage isolates
        // the values in right-to-left text (text/embedded_values.h).
        {"phone", string(organisation.phone)},
        {"profile", text(organisation.profile)},
        {"water_supply_system", text(organisation.waterSupplySystem)},
        {"performance", indicators(organisation.performance)},
        {"people", persons(organisation.people, organisation)},
        {"team", persons(team, organisation)},
        {"team_size", number(static_cast<long>(team.size()))},
        {"logo", imageSource(organisation.logo)},
        {"seal", imageSource(organisation.seal)},
    };

    for (const auto& [duty, key] : dutyKeys) {
        // An init-capture: clang 14 (the fuzz build) cannot capture a structured binding.
        auto holder = std::find_if(organisation.people.begin(), organisation.people.end(),
                                   [wanted = duty](const model::Person& member) { return member.hasDuty(wanted); });
        // False when nobody holds it: the name is the context's all the same (template/render_context.h).
        values.set(key, holder != organisation.people.end() ? person(*holder, organisation) : Value(false));
    }
    const model::Person* representative = representativeOf(organisation, signatories);
    values.set("represented_by", representative ? person(*representative, organisation) : Value(false));
    return values;
}

Value Values::organisations(const std::vector<model::Organisation>& organisations) const {
    return listOf(organisations, [this](const model::Organisation& item) { return organisation(item); });
}

}  // namespace wop::context
