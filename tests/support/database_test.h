// A test that runs once per kind of database (test_databases.h), each time
// with a new empty database and a scratch folder of its own.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <ostream>
#include <string>

#include "skip.h"
#include "support.h"
#include "test_databases.h"

namespace wop::test {

// How gtest names the parameter in its messages.
inline void PrintTo(Backend backend, std::ostream* out) {
    *out << backendName(backend);
}

class DatabaseTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override {
        std::string why;
        const auto database = newDatabase(GetParam(), scratch_.path(), why);
        if (!database) return skipForWant(why);
        database_ = *database;
    }

    // A sample partnership file copied into the scratch folder, for a test
    // to change, with the images the samples name beside it.
    std::filesystem::path sample(const std::string& name) const {
        const std::filesystem::path copy = scratch_ / name;
        const auto overwrite = std::filesystem::copy_options::overwrite_existing;
        std::filesystem::copy_file(sourceDir() / "samples" / name, copy, overwrite);
        std::filesystem::copy(sourceDir() / "samples" / "images", scratch_ / "images",
                              overwrite | std::filesystem::copy_options::recursive);
        return copy;
    }

    // Replaces the first `from` in the file with `to`.
    static void edit(const std::filesystem::path& file, const std::string& from, const std::string& to) {
        std::string content = readFile(file);
        const auto at = content.find(from);
        ASSERT_NE(at, std::string::npos) << "\"" << from << "\" is not in " << file;
        writeFile(file, content.replace(at, from.size(), to));
    }

    ScratchDir scratch_{"database"};
    std::string database_;  // "sqlite:..." or "postgresql:..."
};

}  // namespace wop::test

// Runs the TEST_Ps of a suite derived from DatabaseTest once per database:
// Databases/Suite.Test/SQLite, Databases/Suite.Test/PostgreSQL.
#define WOPDOCS_ON_EVERY_DATABASE(suite)                                                                     \
    INSTANTIATE_TEST_SUITE_P(Databases, suite,                                                               \
                             ::testing::Values(::wop::test::Backend::SQLite, ::wop::test::Backend::PostgreSQL), \
                             [](const auto& info) { return ::wop::test::backendName(info.param); })
