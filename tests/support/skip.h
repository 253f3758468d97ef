// A test that needs what a machine may lack (a PostgreSQL server, a browser,
// the right to mount a file system) is skipped there, saying what it lacks,
// so that a developer without it can still run the suite. Where every test
// must run, as in CI (.ci/run sets WOPDOCS_REQUIRE_ALL=1), a test that cannot
// run fails instead: a suite that skipped a whole backend would otherwise
// still pass.
#pragma once

#include <string>

namespace wop::test {

// Skips the running test for want of what `why` says, or under
// WOPDOCS_REQUIRE_ALL=1 fails it. The failure is fatal, so that a fixture's
// SetUp calling it keeps the test's body from running. Call it as
// `return skipForWant(why);`: the test must not go on either way.
void skipForWant(const std::string& why);

}  // namespace wop::test
