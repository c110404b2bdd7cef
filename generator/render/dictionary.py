"""``dicomodel/_dictionary_data.py``: the data dictionary as compact rows, sorted by tag.

Three tuples, one per table of PS3.6: Table 6-1 (from the dictionary source the IR
records, pydicom's bundled copy for 2024c), Table 7-1 (file meta elements) and
Table 8-1 (directory structuring elements). Each row is
``(tag, VR, VM, name, keyword, retired)`` as published: the tag as ``(gggg,eeee)``
(``x`` for the digits of a repeating group), the VR text (``"US or SS"``, or ``""``
where the table gives none), the keyword ``""`` where the table gives none.
``dicomodel.dictionary`` loads them on first use.
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.ir.registry import DataElement
from generator.ir.standard import Standard
from generator.naming.literals import string
from generator.render.files import RenderedFile, render

TEMPLATE = "dicomodel/_dictionary_data.py.jinja2"


def element_row(element: DataElement) -> str:
    """``("(0010,0010)", "PN", "1", "Patient's Name", "PatientName", False),``."""
    fields = (
        string(element.tag),
        string(element.vr_text),
        string(element.vm),
        string(element.name),
        string(element.keyword),
        str(element.retired),
    )
    return f"({', '.join(fields)}),"


def rows(elements: Iterable[DataElement]) -> list[str]:
    """The rows of ``elements``, sorted by tag."""
    return [element_row(element) for element in sorted(elements, key=lambda e: e.tag)]


def provenance(standard: Standard) -> str:
    """Where each table came from, for the module docstring."""
    main = (
        standard.dictionary.detail
        if standard.dictionary is not None
        else f"DICOM PS3.6 {standard.edition}"
    )
    return (
        "The data dictionary of DICOM PS3.6 as rows, sorted by tag.\n\n"
        f"Table 6-1 (registry of data elements): {main}.\n"
        f"Table 7-1 (file meta elements) and Table 8-1 (directory structuring elements):\n"
        f"DICOM PS3.6 {standard.edition}.\n"
        "Each row: (tag, VR, VM, name, keyword, retired); read by ``dicomodel.dictionary``."
    )


def render_dictionary(standard: Standard) -> list[RenderedFile]:
    """Render ``dicomodel/_dictionary_data.py``."""
    return [
        render(
            TEMPLATE,
            standard=standard,
            summary=provenance(standard),
            tables=[
                ("DATA_ELEMENTS", "Table 6-1", rows(standard.data_elements)),
                ("FILE_META_ELEMENTS", "Table 7-1", rows(standard.file_meta_elements)),
                ("DIRECTORY_ELEMENTS", "Table 8-1", rows(standard.directory_elements)),
            ],
        )
    ]
