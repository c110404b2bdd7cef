"""PS3.6 Table 6-1 taken from pydicom's bundled dictionary.

The 2024c chunked HTML lacks ``part06/chapter_6.html``. pydicom 3.0.2 ships the
dictionary it generated from the 2024c PS3.6 DocBook, so a build of an edition
without Table 6-1 takes it from there and records that it did.
"""

from __future__ import annotations

from itertools import chain

from pydicom import __version__ as pydicom_version
from pydicom._dicom_dict import DicomDictionary, RepeatersDictionary
from pydicom._version import __dicom_version__ as pydicom_dicom_edition

from generator.errors import GeneratorError
from generator.ir.base import Origin
from generator.ir.registry import DataElement, DictionaryProvenance
from generator.ir.vocabulary import check_vm, parse_vrs

TABLE_ID = "table_6-1"

# pydicom's dictionary also holds the command group (PS3.7), the file meta
# elements (PS3.6 Table 7-1) and the directory elements (Table 8-1).
NOT_IN_TABLE_6_1 = ("0000", "0002", "0004")


def pydicom_edition() -> str:
    """The edition of PS3.6 that pydicom's dictionary was generated from."""
    return str(pydicom_dicom_edition)


def _format_tag(tag: int | str) -> str:
    text = f"{tag:08X}" if isinstance(tag, int) else tag.upper().replace("X", "x")
    return f"({text[:4]},{text[4:]})"


def read_pydicom_dictionary(
    edition: str, *, accept_mismatch: bool = False
) -> tuple[tuple[DataElement, ...], DictionaryProvenance]:
    """pydicom's copy of Table 6-1, sorted by tag, with the provenance record.

    Refuses when pydicom's dictionary is of another edition than ``edition``,
    unless ``accept_mismatch`` is set.
    """
    bundled = pydicom_edition()
    if bundled != edition and not accept_mismatch:
        raise GeneratorError(
            f"PS3.6 Table 6-1 of {edition} is not in the source documents and pydicom "
            f"{pydicom_version} bundles the {bundled} dictionary; provide a PS3.6 with "
            "Table 6-1 or pass --accept-dictionary-mismatch"
        )
    origin = Origin(part=6, edition=bundled, table=TABLE_ID)
    entries = chain[tuple[int | str, tuple[str, str, str, str, str]]](
        DicomDictionary.items(), RepeatersDictionary.items()
    )
    elements = []
    for tag, (pydicom_vr, vm, name, retired, keyword) in entries:
        # pydicom writes "NONE" where PS3.6 says "See Note" (item delimiters).
        vr_text = "" if pydicom_vr == "NONE" else pydicom_vr
        formatted = _format_tag(tag)
        if formatted[1:5] in NOT_IN_TABLE_6_1:
            continue
        where = f"pydicom dictionary {formatted}"
        elements.append(
            DataElement(
                tag=formatted,
                name=name,
                keyword=keyword,
                vrs=parse_vrs(vr_text, where),
                vr_text=vr_text,
                vm=check_vm(vm, where),
                retired=retired == "Retired",
                trial=name.endswith("(Trial)"),
                origin=origin,
            )
        )
    elements.sort(key=lambda element: element.tag)
    provenance = DictionaryProvenance(
        source="pydicom",
        edition=bundled,
        detail=f"pydicom {pydicom_version} bundled data dictionary (DICOM {bundled})",
    )
    return tuple(elements), provenance
