#include "server/html.h"

#include "server/portal_words.h"

namespace wop::server::html {

std::string bilingual(const model::Text& text) {
    std::string out = "<span>" + escape(text.en) + "</span>";
    if (!text.ur.empty()) out += " <span class=\"ur\" lang=\"ur\" dir=\"auto\">" + escape(text.ur) + "</span>";
    return out;
}

std::string tableHead(const std::vector<std::string_view>& columns) {
    std::string out = "<thead><tr>";
    for (std::string_view column : columns) out += "<th scope=\"col\">" + std::string(column) + "</th>";
    return out + "</tr></thead>\n<tbody>\n";
}

std::string cell(std::string_view column, const std::string& content) {
    return "<td data-label=\"" + std::string(column) + "\">" + content + "</td>";
}

std::string page(const std::string& title, const std::optional<Session>& session, const std::string& main,
                 model::Lang lang, const std::string& switchTo) {
    const PortalWords& say = words(lang);
    const bool urdu = lang == model::Lang::Ur;
    std::string out = std::string("<!doctype html>\n<html lang=\"") + model::langCode(lang) + "\" dir=\"" +
                      (urdu ? "rtl" : "ltr") + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                      "<title>" + escape(title) + " — " + std::string(say.site) + "</title>\n"
                      "<link rel=\"stylesheet\" href=\"/style.css\">\n</head>\n<body>\n"
                      "<a class=\"skip\" href=\"#main\">" + std::string(say.skipToContent) + "</a>\n"
                      "<header class=\"bar\"><div class=\"wrap\">\n"
                      "<a class=\"brand\" href=\"/partnerships\">PWON <span>" + std::string(say.brandLine) + "</span></a>\n";
    // The switch stays on the page it is on; the portal remembers the choice.
    const model::Lang other = urdu ? model::Lang::En : model::Lang::Ur;
    out += "<a class=\"switch\" href=\"" + escape(switchTo) + "?lang=" + model::langCode(other) + "\" lang=\"" +
           model::langCode(other) + "\" hreflang=\"" + model::langCode(other) + "\">" +
           std::string(say.otherLanguage) + "</a>\n";
    if (session) {
        const Account& account = session->account;
        if (account.isFacilitator()) out += "<a class=\"nav\" href=\"/workspace\">" + std::string(say.workspace) + "</a>\n";
        out += "<span class=\"who\">" + escape(account.name) + " · " +
               (account.isFacilitator() ? std::string(say.facilitator) : escape(account.utility)) + "</span>\n"
               "<form method=\"post\" action=\"/sign-out\"><input type=\"hidden\" name=\"csrf\" value=\"" +
               escape(session->csrfToken) + "\"><button type=\"submit\">" + std::string(say.signOut) +
               "</button></form>\n";
    }
    out += "</div></header>\n<main id=\"main\" class=\"wrap\">\n" + main + "</main>\n</body>\n</html>\n";
    return out;
}

const std::string& styleSheet() {
    static const std::string css = R"(@font-face{font-family:"Noto Nastaliq Urdu";src:url(/fonts/urdu.ttf) format("truetype");font-display:swap;unicode-range:U+0600-06FF,U+0750-077F,U+08A0-08FF,U+FB50-FDFF,U+FE70-FEFF,U+200C-200F}
:root{--pwon:#0b4f8c;--pwon-dark:#083a68;--ink:#1b2733;--muted:#56697c;--line:#d6dee7;--bg:#f4f7fa}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:var(--bg)}
.wrap{max-width:1100px;margin:0 auto;padding:0 1.25rem}
.skip:not(:focus){position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.skip:focus{position:absolute;inset-inline-start:1rem;top:.5rem;background:#fff;padding:.25rem .5rem;z-index:1}
.bar{background:var(--pwon);color:#fff;border-bottom:4px solid var(--pwon-dark)}
.bar .wrap{display:flex;align-items:center;gap:1rem;min-height:3.5rem;flex-wrap:wrap}
.brand{color:#fff;font-weight:700;font-size:1.15rem;text-decoration:none;margin-right:auto}
.brand span{font-weight:400;opacity:.9;margin-left:.4rem;font-size:1rem}
.who{opacity:.95}
.bar form{margin:0}.bar button{background:#fff;color:var(--pwon)}
h1{font-size:1.6rem;margin:1.5rem 0 .25rem}h2{font-size:1.2rem;margin:2rem 0 .5rem}
.sub{color:var(--muted);margin:0 0 1.25rem}
table{width:100%;border-collapse:collapse;background:#fff;border:1px solid var(--line);margin-bottom:1.5rem}
th,td{text-align:start;padding:.5rem .75rem;border-bottom:1px solid var(--line);vertical-align:top}
thead th{background:#e9f0f7;font-weight:600}
.ur{font-family:"Noto Nastaliq Urdu","Noto Naskh Arabic",serif;line-height:2.1}
[dir=rtl] body{font-family:"Noto Nastaliq Urdu",system-ui,"Noto Sans",sans-serif;line-height:2}
[dir=rtl] .brand{margin-right:0;margin-left:auto}[dir=rtl] .brand span{margin:0 .4rem 0 0}
.switch{color:#fff}
td .ur,h1 .ur{display:block}h1 .ur{font-size:1.35rem;font-weight:600}
caption{text-align:start;padding:.25rem 0}
.badge{display:inline-block;padding:0 .55rem;border-radius:999px;font-size:.8rem;font-weight:600;white-space:nowrap}
.final{background:#dff3e6;color:#135c33}.draft{background:#fff1cc;color:#6e4a00}.latest{background:#e1ecf8;color:var(--pwon-dark)}
.old td{color:var(--muted)}
a{color:var(--pwon)}
a:focus,button:focus,input:focus{outline:3px solid #f0b429;outline-offset:2px}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:1.5rem;max-width:24rem;margin:3rem auto}
label{display:block;font-weight:600;margin:.75rem 0 .25rem}
select,input[type=file]{max-width:100%}
input[type=text],input[type=password]{width:100%;padding:.5rem;border:1px solid #8d9cab;border-radius:4px;font:inherit}
button{background:var(--pwon);color:#fff;border:0;border-radius:4px;padding:.45rem 1rem;font:inherit;cursor:pointer;margin-top:1rem}
.bar button{margin-top:0}
.alert{background:#fde8e8;color:#8a1c1c;padding:.5rem .75rem;border-radius:4px}
.notice{background:#e1ecf8;padding:.5rem .75rem;border-radius:4px}
td{overflow-wrap:anywhere}
details summary{cursor:pointer;color:var(--pwon)}details ul{margin:.25rem 0 0;padding-inline-start:1.1rem}
.overdue{background:#fde8e8;color:#8a1c1c}.due{background:#fff1cc;color:#6e4a00}
/* A phone: each row of a table a card of its own, each cell under its column's name. */
@media (max-width:40rem){
.wrap{padding:0 .75rem}
table,caption,tbody,tr,td{display:block;width:100%}
thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
tr{border-bottom:1px solid var(--line);padding:.4rem 0}
td{border:0;padding:.15rem .75rem}
td[data-label]::before{content:attr(data-label);display:block;font-size:.8rem;font-weight:600;color:var(--muted)}
}
dl{display:grid;grid-template-columns:auto 1fr;gap:.3rem 1rem;margin:1rem 0 0}
dt{font-weight:600}
dd{margin:0}
.verified{max-width:36rem}
.bar .nav{color:#fff}
.workspace-grid{display:grid;grid-template-columns:16rem 1fr;gap:1.5rem}
.steps ol{margin:0;background:#fff;border:1px solid var(--line);border-radius:8px;padding:.75rem;padding-inline-start:2rem}
[dir=rtl] .steps li{line-height:2.4}.steps li{margin:.2rem 0}.steps .badge{line-height:1.6;vertical-align:middle}.steps li[aria-current]{font-weight:700}.steps li[aria-current] a{color:var(--ink)}
.workspace fieldset{border:1px solid var(--line);border-radius:6px;background:#fff;margin:0 0 1rem;padding:.5rem 1rem 1rem;min-width:0}
.workspace legend{font-weight:700;padding:0 .3rem}
.workspace .field{margin:.6rem 0}
.workspace .field>label,.workspace .name{display:block;font-weight:600;margin:0 0 .2rem}
.workspace .hint{display:block;color:var(--muted);margin:-.1rem 0 .25rem}
.workspace .pair{display:grid;grid-template-columns:1fr 1fr;gap:.75rem}
.workspace label.lang{display:block;font-weight:400;font-size:.85rem;color:var(--muted);margin:0}
.workspace textarea,.workspace input[type=text],.workspace input[type=date],.workspace input[type=month],.workspace input[type=number],.workspace select{width:100%;padding:.4rem;border:1px solid #8d9cab;border-radius:4px;font:inherit;background:#fff}
/* Each Text's inputs in their own language's face, whatever the page's. */
.workspace textarea.ur,.workspace input.ur{font-family:"Noto Nastaliq Urdu","Noto Naskh Arabic",serif;font-size:1.05rem;line-height:2.2}
.workspace textarea[lang=en],.workspace input[lang=en],.workspace select[lang=en]{font-family:system-ui,"Segoe UI",Roboto,"Noto Sans",sans-serif;line-height:1.5}
.workspace .row{display:flex;gap:.5rem;align-items:flex-start;border-top:1px dashed var(--line);padding-top:.5rem}
.workspace .row-fields{flex:1;min-width:0}.workspace .row-tools{display:flex;gap:.25rem;padding-top:1.6rem}
button.small{margin-top:.25rem;padding:.2rem .55rem;background:#e1ecf8;color:var(--pwon-dark)}
.field-error{color:#8a1c1c;background:#fde8e8;padding:.2rem .5rem;border-radius:4px;margin:.25rem 0}
.field-warning{color:#6e4a00;background:#fff1cc;padding:.2rem .5rem;border-radius:4px;margin:.25rem 0}
.missing{color:#6e4a00;font-size:.9rem;margin:.2rem 0}
.overdue{background:#fde8e8;color:#8a1c1c}.signed{background:#dff3e6;color:#135c33}
.problems{padding-inline-start:1.2rem}
/* JSON paths, ids and dates read left to right on an Urdu page too. */
code{direction:ltr;unicode-bidi:isolate}
@media (max-width:700px){.workspace-grid,.workspace .pair{grid-template-columns:1fr}
table{display:block;overflow-x:auto}}
)";
    return css;
}

}  // namespace wop::server::html
