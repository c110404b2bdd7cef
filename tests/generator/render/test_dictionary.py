"""dicomodel/_dictionary_data.py from a small Standard: rows sorted by tag, provenance."""

from __future__ import annotations

from typing import Any

from generator.ir.standard import Standard
from generator.render.dictionary import render_dictionary


def test_rows_sorted_by_tag_with_provenance(standard: Standard) -> None:
    (rendered,) = render_dictionary(standard)
    assert rendered.path == "dicomodel/_dictionary_data.py"
    text = rendered.content
    assert "Table 6-1 (registry of data elements): pydicom 9.9.9 bundled data dictionary." in text
    assert "Generated from DICOM 2099a; do not edit." in text
    assert '("(0010,0010)", "PN", "1", "P a t i e n t N a m e", "PatientName", False),' in text
    assert text.index('"(0008,0001)"') < text.index('"(0010,0010)"') < text.index('"(60xx,3000)"')
    namespace: dict[str, Any] = {}
    exec(compile(text, "_dictionary_data.py", "exec"), namespace)
    assert [row[0] for row in namespace["DATA_ELEMENTS"]] == [
        "(0008,0001)",
        "(0010,0010)",
        "(0018,0061)",
        "(60xx,3000)",
    ]
    assert namespace["DATA_ELEMENTS"][2][4] == ""
    assert namespace["DATA_ELEMENTS"][3][1] == "OB or OW"
    assert namespace["FILE_META_ELEMENTS"][0][4] == "TransferSyntaxUID"
    assert namespace["DIRECTORY_ELEMENTS"][0][4] == "DirectoryRecordSequence"
