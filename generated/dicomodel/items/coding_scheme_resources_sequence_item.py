"""Item class CodingSchemeResourcesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.coding_scheme_url_type import (
        CodingSchemeURLTypeTerm as _CodingSchemeURLTypeTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _CodingSchemeURLTypeTerm = Lazy(
        "dicomodel.enums.coding_scheme_url_type", "CodingSchemeURLTypeTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.coding_scheme_url_type import (
        CodingSchemeURLTypeTerm as CodingSchemeURLTypeTerm,
    )

__all__ = [
    "CodingSchemeResourcesSequenceItem",
    "CodingSchemeURLTypeTerm",
]


class CodingSchemeResourcesSequenceItem(DicomModel):
    """An item of Coding Scheme Resources Sequence (0008,0109), as first defined in SOP Common Module Attributes (C.12-1)."""

    dicom_name: ClassVar[str] = "Coding Scheme Resources Sequence"
    dicom_table: ClassVar[str] = "table_C.12-1"

    CodingSchemeURLType: Annotated[
        _CodingSchemeURLTypeTerm | vr.CS,
        Attribute(0x0008010A, "CS", "1", "1", name="Coding Scheme URL Type"),
    ]
    """Coding Scheme URL Type (0008,010A): Type 1, VR CS, VM 1. The type of the resource related to the coding scheme at the Coding Scheme URL (0008,010E). Defined Terms: DOC The resource is human-readable information describing the coding scheme."""

    CodingSchemeURL: Annotated[
        vr.UR, Attribute(0x0008010E, "UR", "1", "1", name="Coding Scheme URL")
    ]
    """Coding Scheme URL (0008,010E): Type 1, VR UR, VM 1. A resource related to the coding scheme."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CodingSchemeURLTypeTerm": (
        "dicomodel.enums.coding_scheme_url_type",
        "CodingSchemeURLTypeTerm",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
