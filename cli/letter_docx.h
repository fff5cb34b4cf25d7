// The .docx letter: a Word template (OOXML parts) whose word/document.xml paragraphs follow the
// letter template language, filled per plan and zipped into a new package.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "cli/export_zip.h"
#include "cli/letter_template.h"

namespace opcheck::cli {

struct DocxTemplate {
  std::string source;               // for messages: the .docx or the folder it came from
  std::vector<ZipEntry> parts;      // every part, [Content_Types].xml first
  std::vector<std::string> pieces;  // word/document.xml cut into paragraphs and what lies between
  std::vector<TemplateUnit> units;  // one per piece; text is the paragraph text ("" between)
};

// <dir>/brief.docx when present (an analyst restyled the template in Word), else the parts in
// <dir>/docx/. Checks the required parts and the placeholders.
Result<DocxTemplate> load_docx_template(const std::filesystem::path& dir);

// word/document.xml with the letter filled in. Paragraphs with placeholders are rebuilt as one
// run with the paragraph's and first run's formatting; all inserted text is XML-escaped.
std::string fill_document_xml(const DocxTemplate& docx, const LetterFields& fields);

Status write_docx(const DocxTemplate& docx, const LetterFields& fields, const std::filesystem::path& path);

// Escapes & < > " ' and drops characters XML 1.0 cannot hold (control characters but \t \n \r).
std::string xml_escape(const std::string& text);

}  // namespace opcheck::cli
