// A small XML well-formedness check (no XML library is installed): used on a restyled Word
// letter template before it is filled, and by the tests on every part of the XLSX and DOCX files.
#pragma once

#include <string>

namespace opcheck::cli {

// True when `xml` is one well-formed element tree: tags nest and match, attributes are quoted
// and unique per element, '&' starts a known or numeric entity, no '<' inside text or values,
// comments, CDATA, processing instructions and a DOCTYPE without internal subset allowed.
// Otherwise false with `why` (English, for developers) naming the byte offset.
bool xml_well_formed(const std::string& xml, std::string* why = nullptr);

}  // namespace opcheck::cli
