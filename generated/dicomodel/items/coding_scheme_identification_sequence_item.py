"""Item class CodingSchemeIdentificationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.coding_scheme_registry import (
        CodingSchemeRegistryTerm as _CodingSchemeRegistryTerm,
    )
    from dicomodel.items.coding_scheme_resources_sequence_item import (
        CodingSchemeResourcesSequenceItem as _CodingSchemeResourcesSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodingSchemeRegistryTerm = Lazy(
        "dicomodel.enums.coding_scheme_registry", "CodingSchemeRegistryTerm"
    )
    _CodingSchemeResourcesSequenceItem = Lazy(
        "dicomodel.items.coding_scheme_resources_sequence_item", "CodingSchemeResourcesSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.coding_scheme_registry import (
        CodingSchemeRegistryTerm as CodingSchemeRegistryTerm,
    )
    from dicomodel.enums.coding_scheme_url_type import (
        CodingSchemeURLTypeTerm as CodingSchemeURLTypeTerm,
    )
    from dicomodel.items.coding_scheme_resources_sequence_item import (
        CodingSchemeResourcesSequenceItem as CodingSchemeResourcesSequenceItem,
    )

__all__ = [
    "CodingSchemeIdentificationSequenceItem",
    "CodingSchemeRegistryTerm",
    "CodingSchemeResourcesSequenceItem",
    "CodingSchemeURLTypeTerm",
]


class CodingSchemeIdentificationSequenceItem(DicomModel):
    """An item of Coding Scheme Identification Sequence (0008,0110), as first defined in SOP Common Module Attributes (C.12-1)."""

    dicom_name: ClassVar[str] = "Coding Scheme Identification Sequence"
    dicom_table: ClassVar[str] = "table_C.12-1"

    CodingSchemeDesignator: Annotated[
        vr.SH, Attribute(0x00080102, "SH", "1", "1", name="Coding Scheme Designator")
    ]
    """Coding Scheme Designator (0008,0102): Type 1, VR SH, VM 1. The value of a Coding Scheme Designator, used in this SOP Instance, which is being mapped."""

    CodingSchemeRegistry: Annotated[
        _CodingSchemeRegistryTerm | vr.LO | None,
        Attribute(
            0x00080112,
            "LO",
            "1",
            "1C",
            name="Coding Scheme Registry",
            when=("unknown", "names no attribute: coding scheme is registered"),
        ),
    ] = None
    """Coding Scheme Registry (0008,0112): Type 1C, VR LO, VM 1. Required if coding scheme is registered. The name of the external registry where further definition of the identified coding scheme may be obtained. Required if coding scheme is registered. Defined Terms: HL7"""

    CodingSchemeUID: Annotated[
        vr.UI | None,
        Attribute(
            0x0008010C,
            "UI",
            "1",
            "1C",
            name="Coding Scheme UID",
            when=(
                "unknown",
                "names no attribute: coding scheme is identified by an ISO 8824 object identifier compatible with the UI VR",
            ),
        ),
    ] = None
    """Coding Scheme UID (0008,010C): Type 1C, VR UI, VM 1. Required if coding scheme is identified by an ISO 8824 object identifier compatible with the UI VR. The coding scheme UID identifier. Required if coding scheme is identified by an ISO 8824 object identifier compatible with the UI VR."""

    CodingSchemeExternalID: Annotated[
        vr.ST | None,
        Attribute(
            0x00080114,
            "ST",
            "1",
            "2C",
            name="Coding Scheme External ID",
            when=(
                "and",
                ("unknown", "names no attribute: coding scheme is registered"),
                ("not", ("present", 0x0008010C)),
            ),
        ),
    ] = None
    """Coding Scheme External ID (0008,0114): Type 2C, VR ST, VM 1. Required if coding scheme is registered and Coding Scheme UID (0008,010C) is not present. The coding scheme identifier as defined in an external registry. Required if coding scheme is registered and Coding Scheme UID (0008,010C) is not present."""

    CodingSchemeName: Annotated[
        vr.ST | None, Attribute(0x00080115, "ST", "1", "3", name="Coding Scheme Name")
    ] = None
    """Coding Scheme Name (0008,0115): Type 3, VR ST, VM 1. The coding scheme full common name."""

    CodingSchemeVersion: Annotated[
        vr.SH | None, Attribute(0x00080103, "SH", "1", "3", name="Coding Scheme Version")
    ] = None
    """Coding Scheme Version (0008,0103): Type 3, VR SH, VM 1. The coding scheme version associated with the Coding Scheme Designator (0008,0102)."""

    CodingSchemeResponsibleOrganization: Annotated[
        vr.ST | None,
        Attribute(0x00080116, "ST", "1", "3", name="Coding Scheme Responsible Organization"),
    ] = None
    """Coding Scheme Responsible Organization (0008,0116): Type 3, VR ST, VM 1. Name of the organization responsible for the Coding Scheme. May include organizational contact information."""

    CodingSchemeResourcesSequence: Annotated[
        list[_CodingSchemeResourcesSequenceItem] | None,
        Attribute(0x00080109, "SQ", "1", "3", name="Coding Scheme Resources Sequence"),
    ] = None
    """Coding Scheme Resources Sequence (0008,0109): Type 3, VR SQ, VM 1. Resources related to the coding scheme. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CodingSchemeRegistryTerm": (
        "dicomodel.enums.coding_scheme_registry",
        "CodingSchemeRegistryTerm",
    ),
    "CodingSchemeResourcesSequenceItem": (
        "dicomodel.items.coding_scheme_resources_sequence_item",
        "CodingSchemeResourcesSequenceItem",
    ),
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
