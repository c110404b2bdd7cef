"""Item class HL7v2HierarchicDesignatorItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.universal_entity_id_type import (
        UniversalEntityIDTypeValue as _UniversalEntityIDTypeValue,
    )
else:
    from dicomodel.lazy import Lazy

    _UniversalEntityIDTypeValue = Lazy(
        "dicomodel.enums.universal_entity_id_type", "UniversalEntityIDTypeValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.universal_entity_id_type import (
        UniversalEntityIDType as UniversalEntityIDType,
    )

__all__ = [
    "HL7v2HierarchicDesignatorItem",
    "UniversalEntityIDType",
]


class HL7v2HierarchicDesignatorItem(DicomModel):
    """An item of Issuer of Accession Number Sequence (0008,0051), as first defined in Request Attributes Macro Attributes (10-9)."""

    dicom_name: ClassVar[str] = "Issuer of Accession Number Sequence"
    dicom_table: ClassVar[str] = "table_10-9"

    LocalNamespaceEntityID: Annotated[
        vr.UT | None,
        Attribute(
            0x00400031,
            "UT",
            "1",
            "1C",
            name="Local Namespace Entity ID",
            when=("not", ("present", 0x00400032)),
            otherwise="may",
        ),
    ] = None
    """Local Namespace Entity ID (0040,0031): Type 1C, VR UT, VM 1. Required if Universal Entity ID (0040,0032) is not present; may be present otherwise. Identifies an entity within the local namespace or domain. Required if Universal Entity ID (0040,0032) is not present; may be present otherwise."""

    UniversalEntityID: Annotated[
        vr.UT | None,
        Attribute(
            0x00400032,
            "UT",
            "1",
            "1C",
            name="Universal Entity ID",
            when=("not", ("present", 0x00400031)),
            otherwise="may",
        ),
    ] = None
    """Universal Entity ID (0040,0032): Type 1C, VR UT, VM 1. Required if Local Namespace Entity ID (0040,0031) is not present; may be present otherwise. Universal or unique identifier for an entity. Required if Local Namespace Entity ID (0040,0031) is not present; may be present otherwise."""

    UniversalEntityIDType: Annotated[
        _UniversalEntityIDTypeValue | None,
        Attribute(
            0x00400033,
            "CS",
            "1",
            "1C",
            name="Universal Entity ID Type",
            enumerated=((0, ("DNS", "EUI64", "ISO", "URI", "UUID", "X400", "X500")),),
            when=("present", 0x00400032),
        ),
    ] = None
    """Universal Entity ID Type (0040,0033): Type 1C, VR CS, VM 1. Required if Universal Entity ID (0040,0032) is present. Standard defining the format of the Universal Entity ID. Required if Universal Entity ID (0040,0032) is present. Enumerated Values: DNS An Internet dotted name."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "UniversalEntityIDType": ("dicomodel.enums.universal_entity_id_type", "UniversalEntityIDType"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
