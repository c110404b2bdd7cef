"""Item class AlternateContainerIdentifierSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as _HL7v2HierarchicDesignatorItem,
    )
else:
    from dicomodel.lazy import Lazy

    _HL7v2HierarchicDesignatorItem = Lazy(
        "dicomodel.items.hl7v2_hierarchic_designator_item", "HL7v2HierarchicDesignatorItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.universal_entity_id_type import (
        UniversalEntityIDType as UniversalEntityIDType,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as IssuerOfTheContainerIdentifierSequenceItem,
    )

__all__ = [
    "AlternateContainerIdentifierSequenceItem",
    "IssuerOfTheContainerIdentifierSequenceItem",
    "UniversalEntityIDType",
]


class AlternateContainerIdentifierSequenceItem(DicomModel):
    """An item of Alternate Container Identifier Sequence (0040,0515), as first defined in Specimen Macro Attributes (C.7.6.22-2)."""

    dicom_name: ClassVar[str] = "Alternate Container Identifier Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.22-2"

    ContainerIdentifier: Annotated[
        vr.LO, Attribute(0x00400512, "LO", "1", "1", name="Container Identifier")
    ]
    """Container Identifier (0040,0512): Type 1, VR LO, VM 1. The identifier for the container that contains the specimen(s) being imaged."""

    IssuerOfTheContainerIdentifierSequence: Annotated[
        list[_HL7v2HierarchicDesignatorItem] | None,
        Attribute(0x00400513, "SQ", "1", "2", name="Issuer of the Container Identifier Sequence"),
    ]
    """Issuer of the Container Identifier Sequence (0040,0513): Type 2, VR SQ, VM 1. Organization that assigned the Container Identifier. Zero or one Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "IssuerOfTheContainerIdentifierSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
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
