// Model values -> template values in one language: the conversions every
// document shares (texts, lists, dates, numbers, persons, organisations).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <kainjow/mustache.hpp>

#include "context/delivery_records.h"
#include "context/locale.h"
#include "model/partnership.h"

namespace wop::context {

using Data = kainjow::mustache::data;
using Object = kainjow::mustache::object;  // {{"key", value}, ...} converts to Data

// A list of `convert(item)` for each item.
template <typename Item, typename Convert>
Data listOf(const std::vector<Item>& items, Convert convert) {
    Data list(Data::type::list);
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
    Data text(const model::Text& text) const { return string(text.in(lang())); }
    static Data string(const std::string& value) { return value.empty() ? Data(false) : Data(value); }
    // In Urdu, a value that must read left to right as a whole even though
    // it holds several numbers ("+92 42 9926 3100"): bidi would otherwise
    // order the numbers right to left.
    std::string leftToRight(const std::string& value) const;
    Data texts(const std::vector<model::Text>& texts) const;
    Data number(long value) const { return locale_.number(value); }
    Data date(const model::Date& date) const { return locale_.date(date); }
    Data date(const std::optional<model::Date>& date) const;  // false when unknown
    Data range(const model::DateRange& range) const;          // {from, to}
    Data indicators(const std::vector<model::Indicator>& indicators) const;  // [{name, value}]

    // A list of objects, each `convert(item)` plus its `number` from 1.
    template <typename Item, typename Convert>
    Data numbered(const std::vector<Item>& items, Convert convert) const {
        Data list(Data::type::list);
        for (std::size_t i = 0; i < items.size(); ++i) {
            Data item = convert(items[i]);
            item.set("number", number(static_cast<long>(i + 1)));
            list.push_back(item);
        }
        return list;
    }

    Data person(const std::string& personId) const;  // false when the id is unknown
    Data persons(const std::vector<std::string>& personIds) const;
    Data organisation(const model::Organisation& organisation) const;
    Data organisations(const std::vector<model::Organisation>& organisations) const;

private:
    Data person(const model::Person& person, const model::Organisation& party) const;
    Data persons(const std::vector<model::Person>& people, const model::Organisation& party) const;
    std::string duties(const model::Person& person) const;

    const Locale& locale_;
    const model::Partnership* partnership_;
    const DeliveryRecords* records_;
};

}  // namespace wop::context
