// What a name a template uses that the context does not have renders as. A
// name that reaches a value that is false or empty on its way
// ("mentor.director.name" when the mentor has no director) is not unknown:
// the context has it, and this partnership does not.
#pragma once

namespace wop::tmpl {

enum class UnknownNames {
    RenderEmpty,  // as Mustache does
    Fail,         // a TemplateError at the tag: most likely a misspelt name
};

}  // namespace wop::tmpl
