#include "cli/new_command.h"

#include <filesystem>
#include <fstream>
#include <iostream>

#include <Poco/Util/Option.h>
#include <Poco/Util/OptionException.h>

#include "model/loader.h"

namespace wop::cli {

namespace {

// The least a letter of request needs, and PWON's people for the steps
// after it: a mentee team of four, the fewest the guideline allows.
// "@ID@" and "@DATE@" are replaced.
constexpr std::string_view starter = R"({
  "format": "wopdocs/1",
  "id": "@ID@",
  "reference": "PWON/WOP/<year>/<number>",
  "subject": {"en": "<the learning subject: Reduction of non-revenue water>", "ur": "<سیکھنے کا موضوع>"},
  "parties": {
    "facilitator": {
      "id": "pwon",
      "name": {"en": "Pakistan Water Operators Network", "ur": "پاکستان واٹر آپریٹرز نیٹ ورک"},
      "short_name": "PWON",
      "people": [
        {"id": "pwon-chairman", "name": {"en": "<PWON's chairman, with honorific>", "ur": "<چیئرمین کا نام>"}, "duties": ["chairman"]},
        {"id": "pwon-coordinator", "name": {"en": "<PWON's national coordinator>", "ur": "<نیشنل کوآرڈینیٹر کا نام>"}, "duties": ["national-coordinator"]}
      ]
    },
    "mentor": {
      "id": "<mentor-id>",
      "name": {"en": "<the mentor utility's full name>", "ur": "<مینٹر ادارے کا پورا نام>"},
      "short_name": "<mentor's short name>",
      "people": [
        {"id": "mentor-md", "name": {"en": "<its managing director>", "ur": "<مینیجنگ ڈائریکٹر کا نام>"}, "duties": ["managing-director"]},
        {"id": "mentor-director", "name": {"en": "<its director>", "ur": "<ڈائریکٹر کا نام>"}, "duties": ["director"]}
      ]
    },
    "mentee": {
      "id": "<mentee-id>",
      "name": {"en": "<the mentee utility's full name>", "ur": "<مینٹی ادارے کا پورا نام>"},
      "short_name": "<mentee's short name>",
      "city": {"en": "<its city>", "ur": "<شہر>"},
      "people": [
        {"id": "mentee-md", "name": {"en": "<its managing director>", "ur": "<مینیجنگ ڈائریکٹر کا نام>"}, "duties": ["managing-director"]},
        {"id": "mentee-director", "name": {"en": "<its director>", "ur": "<ڈائریکٹر کا نام>"}, "duties": ["director"]},
        {"id": "team-leader", "name": {"en": "<the team leader>", "ur": "<ٹیم لیڈر کا نام>"}, "duties": ["team-leader"]},
        {"id": "team-member-1", "name": {"en": "<a team member>", "ur": "<ٹیم ممبر کا نام>"}, "duties": ["team-member"]},
        {"id": "team-member-2", "name": {"en": "<a team member>", "ur": "<ٹیم ممبر کا نام>"}, "duties": ["team-member"]},
        {"id": "team-member-3", "name": {"en": "<a team member>", "ur": "<ٹیم ممبر کا نام>"}, "duties": ["team-member"]}
      ]
    }
  },
  "steps": {
    "request": "@DATE@"
  },
  "letter_of_request": {
    "signatory": "mentee-md",
    "intention": {"en": "<what the mentee wants to learn, and why>", "ur": "<مینٹی کیا سیکھنا چاہتا ہے، اور کیوں>"},
    "readiness": {"en": "<the team and means the mentee commits>", "ur": "<مینٹی کی ٹیم اور وسائل>"}
  }
}
)";

std::string replaced(std::string text, std::string_view name, const std::string& value) {
    for (std::size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + value.size()))
        text.replace(at, name.size(), value);
    return text;
}

}  // namespace

void NewCommand::defineOptions(Poco::Util::OptionSet& options) {
    using Poco::Util::Option;
    options.addOption(Option("out", "", "the file to write (default ID.json here); never overwritten").argument("FILE"));
    options.addOption(Option("date", "", "the date of the request (default today)").argument("YYYY-MM-DD"));
}

void NewCommand::handleOption(const std::string& name, const std::string& value) {
    if (name == "out") {
        out_ = value;
    } else if (name == "date") {
        date_ = model::Date::parse(value);
        if (!date_) throw Poco::Util::InvalidArgumentException("--date takes a day as YYYY-MM-DD, not \"" + value + "\"");
    }
}

int NewCommand::run(const std::vector<std::string>& arguments) {
    if (arguments.size() != 1) {
        std::cerr << "wopdocs new: name the new partnership's id, as lahore-faisalabad-nrw (see --help)\n";
        return BadUsage;
    }
    const std::string& id = arguments.front();
    const std::string file = out_.empty() ? id + ".json" : out_;
    const std::string text =
        replaced(replaced(std::string(starter), "@ID@", id), "@DATE@", date_.value_or(model::Date::today()).iso());
    // The loader judges the id as it will judge the file: no file that fails to validate is written.
    const model::LoadResult loaded = model::loadPartnership(text, file);
    if (model::hasErrors(loaded.diagnostics)) {
        for (const auto& diagnostic : loaded.diagnostics) std::cerr << diagnostic.str() << '\n';
        return BadUsage;
    }
    if (std::filesystem::exists(file)) {
        std::cerr << "wopdocs new: " << file << " exists; name another with --out\n";
        return SomeFailed;
    }
    std::ofstream(file) << text;
    std::cout << "wrote " << file << ", a partnership at its first step: the mentee's letter of request\n"
              << "next:\n"
              << "  1. replace each \"<...>\" (docs/data-format.md says what each field is;\n"
              << "     docs/partnership.schema.json lets an editor complete and check them)\n"
              << "  2. wopdocs validate " << file << "\n"
              << "  3. wopdocs generate " << file << " --doc letter-of-request --out out\n"
              << "  4. as the partnership goes on, add each step's date under \"steps\" and its document's section\n";
    return Success;
}

}  // namespace wop::cli
