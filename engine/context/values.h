// Model values -> template values in one language: the conversions every
// document shares (texts, lists, dates, numbers, persons, organisations).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "context/value.h"

#include "context/delivery_records.h"
#include "context/locale.h"
#include "model/partnership.h"

namespace wop::context {

using Object = Value::Object;  // {{"key", value}, ...} converts to a Value

// A list of `convert(item)` for each item.
template <typename Item, typename Convert>
Value listOf(const std::vector<Item>& items, Convert convert) {
    Value list = Value::list();
    for (const auto& item : items) list.push_back(convert(item));
    return list;
}

class Values {
public:
    // `partnership` resolves person ids; null for the road map. `records`,
    // when given, say which documents were delivered (delivery_records.h).
    Values(const Locale& locale, const model::Partnership* partnership, const DeliveryRecords* records = nullptr)
        : locale_(locale), partnership_(partnership), records_(records) {}

    const Locale& locale() const { return locale_; }
    model::Lang lang() const { return locale_.lang(); }
    const DeliveryRecords* records() const { return records_; }

    // Empty values are false, so that templates can test them with {{#x}}.
    Value text(const model::Text& text) const { return string(text.in(lang())); }
    static Value string(const std::string& value) { return value.empty() ? Value(false) : Value(value); }
    Value texts(const std::vector<model::Text>& texts) const;
    Value number(long value) const { return locale_.number(value); }
    Value date(const model::Date& date) const { return locale_.date(date); }
    Value date(const std::optional<model::Date>& date) const;  // false when unknown
    Value range(const model::DateRange& range) const;          // {from, to}
    Value indicators(const std::vector<model::Indicator>& indicators) const;  // [{name, value}]

    // A list of objects, each `convert(item)` plus its `number` from 1.
    template <typename Item, typename Convert>
    Value numbered(const std::vector<Item>& items, Convert convert) const {
        Value list = Value::list();
        for (std::size_t i = 0; i < items.size(); ++i) {
            Value item = convert(items[i]);
            item.set("number", number(static_cast<long>(i + 1)));
            list.push_back(item);
        }
        return list;
    }

    Value person(const std::string& personId) const;  // false when the id is unknown
    Value persons(const std::vector<std::string>& personIds) const;
    // The persons' names in a phrase: "A, B and C"; false for none.
    Value names(const std::vector<std::string>& personIds) const;
    // `represented_by` is the one of `signatories` who belongs to the
    // organisation, else its chairman, managing director or director.
    Value organisation(const model::Organisation& organisation,
                       const std::vector<std::string>& signatories = {}) const;
    Value organisations(const std::vector<model::Organisation>& organisations) const;

private:
    Value person(const model::Person& person, const model::Organisation& party) const;
    Value persons(const std::vector<model::Person>& people, const model::Organisation& party) const;
    std::string duties(const model::Person& person) const;
    // "mentor", "mentee", "facilitator" or "partner"; a person's adds the
    // duty a signature field is named after: "mentee-director".
    std::string role(const model::Organisation& party) const;
    std::string role(const model::Person& person, const model::Organisation& party) const;
    std::string salutation(const model::Person& person) const;

    const Locale& locale_;
    const model::Partnership* partnership_;
    const DeliveryRecords* records_;
};

}  // namespace wop::context
