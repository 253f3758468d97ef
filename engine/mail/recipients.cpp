#include "mail/recipients.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "context/document_title.h"

namespace wop::mail {

namespace {

using model::Duty;
using model::Organisation;
using model::Partnership;
using model::Person;

// The people a party is reached through when a document names none of them:
// who coordinates the partnership there and who directs it.
bool isContact(const Person& person) {
    return person.hasDuty(Duty::FocalPerson) || person.hasDuty(Duty::Director) ||
           person.hasDuty(Duty::NationalCoordinator);
}

std::string lowercase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

class RecipientList {
public:
    // The party's people among `named` that have an address; else its
    // contacts that have one; else the party's own address.
    void addParty(const Organisation& party, const std::vector<const Person*>& named) {
        if (addPeople(named)) return;
        std::vector<const Person*> contacts;
        for (const Person& person : party.people)
            if (isContact(person)) contacts.push_back(&person);
        if (addPeople(contacts)) return;
        if (!party.email.empty()) add({party.shortName.empty() ? party.name.en : party.shortName, party.email});
    }

    std::vector<Recipient> take() { return std::move(recipients_); }

private:
    bool addPeople(const std::vector<const Person*>& people) {
        bool any = false;
        for (const Person* person : people) {
            if (person->email.empty()) continue;
            add({person->name.en, person->email});
            any = true;
        }
        return any;
    }

    void add(const Recipient& recipient) {
        if (seen_.insert(lowercase(recipient.address)).second) recipients_.push_back(recipient);
    }

    std::vector<Recipient> recipients_;
    std::set<std::string> seen_;
};

// The people the document names: a letter's addressee and signatory, an
// agreement's signatories, a meeting's attendees. Empty for reports.
std::vector<std::string> namedPeople(const Partnership& p, std::string_view type) {
    if (type == "letter-of-request" && p.letterOfRequest) return {p.letterOfRequest->signatory};
    if (type == "mentor-confirmation-letter" && p.confirmation)
        return {p.confirmation->addressee, p.confirmation->signatory};
    if (type == "recommendation-letter" && p.recommendation)
        return {p.recommendation->addressee, p.recommendation->signatory};
    if (type == "letter-of-intent" && p.letterOfIntent) return p.letterOfIntent->signatories;
    if (type == "memorandum-of-agreement" && p.memorandum) return p.memorandum->signatories;
    if (type == "initial-meeting-minutes" && p.initialMeeting) return p.initialMeeting->attendees;
    if (type == "evaluation-minutes" && p.evaluation) return p.evaluation->attendees;
    return {};
}

std::string_view typeOf(std::string_view baseName) {
    const context::DocumentType* type = context::documentTypeOf(baseName);
    return type ? type->id : baseName;
}

}  // namespace

std::vector<Recipient> recipientsOf(const Partnership& partnership, std::string_view baseName) {
    const Organisation* parties[] = {&partnership.facilitator, &partnership.mentor, &partnership.mentee};
    std::vector<const Person*> named[3];
    bool concerned[3] = {false, false, false};
    const std::vector<std::string> ids = namedPeople(partnership, typeOf(baseName));
    for (const std::string& id : ids) {
        const Organisation* party = nullptr;
        const Person* person = partnership.findPerson(id, &party);
        for (int i = 0; i < 3; ++i)
            if (person && party == parties[i]) {
                named[i].push_back(person);
                concerned[i] = true;
            }
    }
    // A request is addressed to the facilitator, whom it does not name.
    if (typeOf(baseName) == "letter-of-request") concerned[0] = true;
    // A report, or a document whose named people are missing, concerns all three.
    if (!concerned[0] && !concerned[1] && !concerned[2]) std::fill(std::begin(concerned), std::end(concerned), true);

    RecipientList list;
    for (int i = 0; i < 3; ++i)
        if (concerned[i]) list.addParty(*parties[i], named[i]);
    return list.take();
}

std::vector<Recipient> roadmapRecipients(const std::vector<const model::Partnership*>& program) {
    RecipientList list;
    for (const Partnership* partnership : program) list.addParty(partnership->facilitator, {});
    return list.take();
}

}  // namespace wop::mail
