#include "seal_support.h"

#include <stdexcept>
#include <vector>

#include "layout/layout.h"
#include "markup/parser.h"
#include "pdf/writer.h"

namespace wop::test {

const SigningCredentials& SigningCredentials::get() {
    static const SigningCredentials credentials;
    return credentials;
}

SigningCredentials::SigningCredentials() : dir_("signing-credentials") {
    const std::string in = "cd " + shellQuote(dir_.path().string()) + " && ";
    // The signer's certificate is a version 3 one with the key usages a
    // document signer has.
    writeFile(dir_ / "signer.ext", "keyUsage = critical, digitalSignature, nonRepudiation\n");
    const std::string signer = std::string("/O=Pakistan Water Operators Network/CN=") + signerName;
    for (const std::string& command : std::vector<std::string>{
             "openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 30 -subj '/CN=Seal Test CA'",
             "openssl req -newkey rsa:2048 -nodes -keyout signer.key -out signer.csr -subj " + shellQuote(signer),
             "openssl x509 -req -in signer.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 30 -extfile signer.ext "
             "-out signer.pem",
             "openssl pkey -in signer.key -aes256 -passout pass:" + shellQuote(password) + " -out signer-encrypted.key",
             "cat signer.pem ca.pem > chain.pem"}) {
        const CommandResult result = run(in + command);
        if (result.exitCode != 0) throw std::runtime_error(command + " failed: " + result.output);
    }
}

std::string finishedPdf() {
    static const text::FontSet fonts(text::FontChoice::defaults(sourceDir() / "fonts"));
    return pdf::makePdf(layout::layoutDocument(markup::parse(R"(<document lang="en" title="Letter of Intent">
<h1>Letter of Intent</h1><p>Between WASA Lahore, the mentor, and WASA Faisalabad, the mentee.</p></document>)"),
                                               fonts));
}

std::string pdfsig(const std::filesystem::path& pdf) { return run("pdfsig " + shellQuote(pdf.string())).output; }

std::vector<std::string> signatureFields(const std::string& report) {
    static const std::string label = "Signature Field Name: ";
    std::vector<std::string> names;
    for (size_t at = report.find(label); at != std::string::npos; at = report.find(label, at)) {
        at += label.size();
        names.push_back(report.substr(at, report.find('\n', at) - at));
    }
    return names;
}

}  // namespace wop::test
