// Every route, tried as nobody and as each role: the status each must get.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include "batch/next_step.h"
#include "context/labels.h"
#include "portal_fixture.h"
#include "support.h"

namespace wop::test {
namespace {

enum Who { Nobody, LahoreUser, MultanUser, Facilitator, everyone };
const char* const names[] = {"nobody", "lahore", "multan", "pwon"};

struct Row {
    std::string method;
    std::string target;
    int expected[everyone];  // by Who
    bool endsSession = false;
};

const std::string lahoreDoc = "/api/documents/lahore-faisalabad-nrw.work-plan.en.v1/download";
const std::string multanDoc = "/api/documents/rawalpindi-multan-billing.work-plan.ur.v1/download";
const std::string roadmapDoc = "/api/documents/program.roadmap.en.v1/download";

const std::vector<Row> routes = {
    {"GET", "/", {303, 303, 303, 303}},
    {"GET", "/style.css", {200, 200, 200, 200}},
    {"GET", "/fonts/urdu.ttf", {200, 200, 200, 200}},
    {"GET", "/due", {303, 403, 403, 200}},
    {"GET", "/sign-in", {200, 303, 303, 303}},
    {"GET", "/partnerships", {303, 200, 200, 200}},
    {"GET", "/partnerships/lahore-faisalabad-nrw", {303, 200, 404, 200}},
    {"GET", "/partnerships/rawalpindi-multan-billing", {303, 404, 200, 200}},
    {"GET", "/partnerships/peshawar-mardan-metering", {303, 404, 404, 200}},
    {"GET", "/partnerships/program", {303, 404, 404, 200}},
    {"GET", "/partnerships/nowhere", {303, 404, 404, 404}},
    {"POST", "/partnerships/peshawar-mardan-metering/regenerate", {403, 403, 403, 303}},
    {"POST", "/partnerships/program/regenerate", {403, 403, 403, 404}},
    {"GET", "/api/session", {401, 200, 200, 200}},
    {"GET", "/api/partnerships", {401, 200, 200, 200}},
    {"GET", "/api/partnerships/lahore-faisalabad-nrw/documents", {401, 200, 404, 200}},
    {"GET", "/api/partnerships/rawalpindi-multan-billing/documents", {401, 404, 200, 200}},
    {"GET", "/api/partnerships/program/documents", {401, 404, 404, 200}},
    {"GET", "/api/partnerships/nowhere/documents", {401, 404, 404, 404}},
    {"GET", lahoreDoc, {401, 200, 404, 200}},
    {"GET", multanDoc, {401, 404, 200, 200}},
    {"GET", roadmapDoc, {401, 404, 404, 200}},
    {"GET", "/api/documents/lahore-faisalabad-nrw.work-plan.en.v9/download", {401, 404, 404, 404}},
    {"POST", "/api/partnerships/peshawar-mardan-metering/regenerate", {401, 403, 403, 202}},
    {"GET", "/api/regeneration", {401, 403, 403, 200}},
    {"GET", "/nowhere", {404, 404, 404, 404}},
    {"PUT", "/partnerships", {405, 405, 405, 405}},
    {"DELETE", "/api/partnerships", {405, 405, 405, 405}},
    {"POST", "/sign-out", {403, 303, 303, 303}, true},
    {"DELETE", "/api/session", {401, 204, 204, 204}, true},
};

class PortalAccessTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { portal_ = new PortalServer; }
    static void TearDownTestSuite() {
        delete portal_;
        portal_ = nullptr;
    }

    // The request of a row, as `client` makes it: with the CSRF token a change needs.
    static HttpRequest requestOf(const Row& row, const Client& client) {
        HttpRequest request;
        request.method = row.method;
        request.target = row.target;
        request.cookie = client.cookie;
        if (row.method != "GET" && !client.csrf.empty()) {
            if (row.target.starts_with("/api/")) {
                request.headers["X-CSRF-Token"] = client.csrf;
            } else {
                request.contentType = "application/x-www-form-urlencoded";
                request.body = "csrf=" + client.csrf;
            }
        }
        return request;
    }

    // A regeneration runs in the background: the next one is asked only once it ended.
    static void waitForRegeneration(const Client& facilitator) {
        for (int i = 0; i < 600; ++i) {
            const HttpResponse status = portal_->get("/api/regeneration", facilitator);
            if (status.body.find("\"running\"") == std::string::npos) return;
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        }
        FAIL() << "the regeneration did not end";
    }

    static PortalServer* portal_;
};

PortalServer* PortalAccessTest::portal_ = nullptr;

TEST_F(PortalAccessTest, EveryRouteAsEachRoleAndAsNobody) {
    Client clients[everyone];
    for (int who = LahoreUser; who < everyone; ++who) clients[who] = portal_->signIn(names[who]);
    for (const Row& row : routes) {
        for (int who = Nobody; who < everyone; ++who) {
            const HttpResponse response = portal_->send(requestOf(row, clients[who]));
            EXPECT_EQ(response.status, row.expected[who]) << row.method << " " << row.target << " as " << names[who];
            if (row.target.find("regenerate") != std::string::npos && who == Facilitator)
                waitForRegeneration(clients[Facilitator]);
            if (row.endsSession && who != Nobody) {
                EXPECT_EQ(portal_->get("/api/session", clients[who]).status, 401) << "still signed in after " << row.target;
                clients[who] = portal_->signIn(names[who]);
            }
        }
    }
}

TEST_F(PortalAccessTest, AUtilityCannotReachAnotherUtilitysDocumentsByAnyId) {
    const Client facilitator = portal_->signIn("pwon"), multan = portal_->signIn("multan");
    for (const std::string& partnership : std::vector<std::string>{"lahore-faisalabad-nrw", "peshawar-mardan-metering", "program"}) {
        const HttpResponse list = portal_->get("/api/partnerships/" + partnership + "/documents", facilitator);
        ASSERT_EQ(list.status, 200);
        const auto documents = Poco::JSON::Parser().parse(list.body).extract<Poco::JSON::Array::Ptr>();
        ASSERT_GT(documents->size(), 0u);
        for (std::size_t i = 0; i < documents->size(); ++i) {
            const std::string download = documents->getObject(static_cast<unsigned>(i))->getValue<std::string>("download");
            const HttpResponse refused = portal_->get(download, multan);
            EXPECT_EQ(refused.status, 404) << download;
            EXPECT_EQ(refused.body, R"({"error":"Not Found"})");
        }
    }
    // Nor by a path of the data folder, encoded or not.
    for (const std::string& target : std::vector<std::string>{
         "/api/documents/../documents/lahore-faisalabad-nrw/work-plan.en.v1.pdf/download",
          "/api/documents/..%2Fdocuments%2Flahore-faisalabad-nrw%2Fwork-plan.en.v1.pdf/download",
          "/api/documents/lahore-faisalabad-nrw.work-plan.en.v1%00/download",
          "/api/documents/LAHORE-FAISALABAD-NRW.work-plan.en.v1/download",
          "/api/documents/lahore-faisalabad-nrw.work-plan.en.v1/download/..",
          "/api/documents/%6cahore-faisalabad-nrw.work-plan.en.v1/download", "/api/partnerships/../../etc/passwd",
          "/partnerships/lahore-faisalabad-nrw%2F..%2Frawalpindi-multan-billing", "//partnerships/lahore-faisalabad-nrw"}) {
        const HttpResponse refused = portal_->get(target, multan);
        EXPECT_EQ(refused.status, 404) << target;
        EXPECT_EQ(refused.body.find("documents/"), std::string::npos) << target;
    }
}

TEST_F(PortalAccessTest, ADownloadIsTheRegistrysFileByteForByte) {
    const Client lahore = portal_->signIn("lahore");
    const HttpResponse pdf = portal_->get(lahoreDoc, lahore);
    ASSERT_EQ(pdf.status, 200);
    EXPECT_EQ(pdf.contentType, "application/pdf");
    EXPECT_EQ(pdf.headers.at("Content-Disposition"),
              "attachment; filename=\"lahore-faisalabad-nrw-work-plan.en.v1.pdf\"");
    EXPECT_EQ(pdf.body, readFile(portal_->dataDir() / "documents/lahore-faisalabad-nrw/work-plan.en.v1.pdf"));
}

TEST_F(PortalAccessTest, AUtilitySeesOnlyItsPartnerships) {
    const HttpResponse list = portal_->get("/api/partnerships", portal_->signIn("multan"));
    const auto partnerships = Poco::JSON::Parser().parse(list.body).extract<Poco::JSON::Array::Ptr>();
    ASSERT_EQ(partnerships->size(), 1u);
    EXPECT_EQ(partnerships->getObject(0)->getValue<std::string>("id"), "rawalpindi-multan-billing");
    const HttpResponse page = portal_->get("/partnerships", portal_->signIn("lahore"));
    EXPECT_NE(page.body.find("/partnerships/lahore-faisalabad-nrw"), std::string::npos);
    EXPECT_EQ(page.body.find("rawalpindi-multan-billing"), std::string::npos);
    EXPECT_EQ(page.body.find("peshawar-mardan-metering"), std::string::npos);
}

TEST_F(PortalAccessTest, PagesMarkUrduRightToLeftAndDraftsAndFinals) {
    const HttpResponse page = portal_->get("/partnerships/rawalpindi-multan-billing", portal_->signIn("multan"));
    ASSERT_EQ(page.status, 200);
    EXPECT_EQ(page.contentType, "text/html; charset=utf-8");
    EXPECT_NE(page.body.find(R"(<span class="ur" lang="ur" dir="auto">لائحۂ عمل</span>)"), std::string::npos);
    EXPECT_NE(page.body.find("badge final"), std::string::npos);
    EXPECT_NE(page.body.find("badge draft"), std::string::npos);
    EXPECT_NE(page.body.find("/api/documents/rawalpindi-multan-billing.work-plan.ur.v1/download"), std::string::npos);
}

TEST_F(PortalAccessTest, TheFacilitatorsDuePageGivesEachPartnershipsNextStep) {
    const HttpResponse page = portal_->get("/due", portal_->signIn("pwon"));
    ASSERT_EQ(page.status, 200);
    int steps = 0;
    for (const model::Partnership& partnership : samplePartnerships()) {
        const auto next = batch::nextStep(partnership);
        if (!next) continue;
        ++steps;
        const std::string said =
            "Next step: " + std::string(context::label(context::labels(model::Lang::En).steps, next->step));
        EXPECT_NE(page.body.find(said), std::string::npos) << partnership.id << ": " << said;
        EXPECT_NE(page.body.find(next->when()), std::string::npos) << partnership.id;
    }
    EXPECT_GT(steps, 0);
}

}  // namespace
}  // namespace wop::test
