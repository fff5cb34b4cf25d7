// Escaping for the HTML writers: every piece of plan text, file name or analyst note that goes
// into a page passes through here, as element text, attribute value or URL path segment.
#pragma once

#include <string>
#include <string_view>

namespace opcheck::cli::html {

// Safe as element text and as a double- or single-quoted attribute value: & < > " ' escaped.
// Invalid UTF-8 is kept byte for byte (the page is UTF-8; browsers show U+FFFD).
std::string escape(std::string_view text);

// One path segment of a relative URL (a plan's folder name): everything but unreserved
// ASCII is percent-encoded, so '#', '?', '/' and spaces cannot change the link's target.
// The result still needs escape() when written into an attribute.
std::string url_segment(std::string_view text);

}  // namespace opcheck::cli::html
