#include "portal_fixture.h"

#include <stdexcept>

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/SocketAddress.h>

#include <chrono>
#include <thread>

#include "server/users.h"
#include "store/importer.h"
#include "store/store.h"

namespace wop::test {

server::PortalSettings PortalServer::fastSettings() {
    server::PortalSettings settings;
    settings.port = 0;
    settings.requestsPerSecond = 1e6;
    settings.burst = 1e6;
    settings.signInsPerSecond = 1e6;
    settings.signInBurst = 1e6;
    settings.batch.render.templates = sourceDir() / "templates";
    settings.batch.render.fonts = text::FontChoice::defaults(sourceDir() / "fonts");
    settings.batch.threads = 2;
    settings.partnershipSchema = sourceDir() / "docs" / "partnership.schema.json";
    return settings;
}

PortalServer::PortalServer(server::PortalSettings settings) {
    const store::StoreLocation location{samples_.dataDir(), ""};
    {
        store::Store store(location);
        server::Users users(store.database());
        users.add({"lahore", server::Account::Role::Utility, "wasa-lahore"}, password);
        users.add({"multan", server::Account::Role::Utility, "wasa-multan"}, password);
        users.add({"pwon", server::Account::Role::Facilitator, ""}, password);
    }
    portal_ = std::make_unique<server::Portal>(settings, location);
    portal_->start();
}

PortalServer::~PortalServer() {
    portal_->stop();
}

HttpResponse PortalServer::send(const HttpRequest& request) const {
    return sendTo(port(), request);
}

HttpResponse PortalServer::get(const std::string& target, const Client& client) const {
    HttpRequest request;
    request.target = target;
    request.cookie = client.cookie;
    return send(request);
}

Poco::Net::StreamSocket PortalServer::connect(const std::string& from) const {
    Poco::Net::StreamSocket socket;
    socket.impl()->bind(Poco::Net::SocketAddress(from, 0), false);
    socket.connect(Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(port())));
    return socket;
}

std::string PortalServer::exchangeBytes(const std::string& bytes, const std::string& from) const {
    Poco::Net::StreamSocket socket = connect(from);
    socket.setReceiveTimeout(Poco::Timespan(30, 0));
    socket.sendBytes(bytes.data(), static_cast<int>(bytes.size()));
    std::string answer;
    char buffer[4096];
    for (int received; (received = socket.receiveBytes(buffer, sizeof buffer)) > 0;)
        answer.append(buffer, static_cast<std::size_t>(received));
    return answer;
}

void PortalServer::importPartnership(const std::string& id, const std::string& json) const {
    const ScratchDir folder("import");
    std::filesystem::copy(sourceDir() / "samples" / "images", folder / "images");  // the logos and seals it names
    writeFile(folder / (id + ".json"), json);
    store::Store store(store::StoreLocation{dataDir(), ""});
    const auto imported = store::Importer(store.database(), false).importFile((folder / (id + ".json")).string());
    if (imported.outcome != store::ImportOutcome::Updated) throw std::runtime_error("the new " + id + " was not imported");
}

std::string PortalServer::regenerate(const std::string& partnership) const {
    const Client facilitator = signIn("pwon");
    HttpRequest request;
    request.method = "POST";
    request.target = "/api/partnerships/" + partnership + "/regenerate";
    request.cookie = facilitator.cookie;
    request.headers["X-CSRF-Token"] = facilitator.csrf;
    if (send(request).status != 202) return "not started";
    std::string state;
    for (int i = 0; i < 900 && (state.empty() || state == "running"); ++i) {
        if (!state.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(200));
        const auto json = Poco::JSON::Parser().parse(get("/api/regeneration", facilitator).body)
                              .extract<Poco::JSON::Object::Ptr>();
        state = json->getValue<std::string>("state");
    }
    return state;
}

Client PortalServer::signIn(const std::string& name) const {
    return signInAt(port(), name);
}

}  // namespace wop::test
