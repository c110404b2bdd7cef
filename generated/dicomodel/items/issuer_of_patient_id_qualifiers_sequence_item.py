"""Item class IssuerOfPatientIDQualifiersSequenceItem.

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
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as _HL7v2HierarchicDesignatorItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _HL7v2HierarchicDesignatorItem = Lazy(
        "dicomodel.items.hl7v2_hierarchic_designator_item", "HL7v2HierarchicDesignatorItem"
    )
    _UniversalEntityIDTypeValue = Lazy(
        "dicomodel.enums.universal_entity_id_type", "UniversalEntityIDTypeValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.universal_entity_id_type import (
        UniversalEntityIDType as UniversalEntityIDType,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AssigningAgencyOrDepartmentCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AssigningJurisdictionCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as AssigningFacilitySequenceItem,
    )

__all__ = [
    "AssigningAgencyOrDepartmentCodeSequenceItem",
    "AssigningFacilitySequenceItem",
    "AssigningJurisdictionCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "IssuerOfPatientIDQualifiersSequenceItem",
    "MappingResourceTerm",
    "UniversalEntityIDType",
]


class IssuerOfPatientIDQualifiersSequenceItem(DicomModel):
    """An item of Issuer of Patient ID Qualifiers Sequence (0010,0024), as first defined in Issuer of Patient ID Macro Attributes (10-18)."""

    dicom_name: ClassVar[str] = "Issuer of Patient ID Qualifiers Sequence"
    dicom_table: ClassVar[str] = "table_10-18"

    UniversalEntityID: Annotated[
        vr.UT | None, Attribute(0x00400032, "UT", "1", "3", name="Universal Entity ID")
    ] = None
    """Universal Entity ID (0040,0032): Type 3, VR UT, VM 1. Universal or unique identifier for the Patient ID Assigning Authority. The authority identified by this Attribute shall be the same as that of Issuer of Patient ID (0010,0021), if present."""

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
    """Universal Entity ID Type (0040,0033): Type 1C, VR CS, VM 1. Required if Universal Entity ID (0040,0032) is present. Standard defining the format of the Universal Entity ID (0040,0032). Required if Universal Entity ID (0040,0032) is present. Equivalent to HL7 v2 CX component 4 subcomponent 3 (Universal ID Type). See Section 10.14 for Defined Terms."""

    IdentifierTypeCode: Annotated[
        vr.CS | None, Attribute(0x00400035, "CS", "1", "3", name="Identifier Type Code")
    ] = None
    """Identifier Type Code (0040,0035): Type 3, VR CS, VM 1. Type of Patient ID. Refer to HL7 v2 Table 0203 for Defined Terms. Equivalent to HL7 v2 CX component 5 (Identifier Type Code)."""

    AssigningFacilitySequence: Annotated[
        list[_HL7v2HierarchicDesignatorItem] | None,
        Attribute(0x00400036, "SQ", "1", "3", name="Assigning Facility Sequence"),
    ] = None
    """Assigning Facility Sequence (0040,0036): Type 3, VR SQ, VM 1. The place or location identifier where the identifier was first assigned to the Patient. This component is not an inherent part of the identifier but rather part of the history of the identifier."""

    AssigningJurisdictionCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00400039, "SQ", "1", "3", name="Assigning Jurisdiction Code Sequence"),
    ] = None
    """Assigning Jurisdiction Code Sequence (0040,0039): Type 3, VR SQ, VM 1. The geo-political body that assigned the Patient identifier. Typically a code for a country or a state/province. Only a single Item is permitted in this Sequence. Equivalent to HL7 v2 CX component 9 (Assigning Jurisdiction)."""

    AssigningAgencyOrDepartmentCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0040003A, "SQ", "1", "3", name="Assigning Agency or Department Code Sequence"),
    ] = None
    """Assigning Agency or Department Code Sequence (0040,003A): Type 3, VR SQ, VM 1. The agency or department that assigned the Patient identifier. Only a single Item is permitted in this Sequence. Equivalent to HL7 v2 CX component 10 (Assigning Agency or Department)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AssigningAgencyOrDepartmentCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "AssigningFacilitySequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "AssigningJurisdictionCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
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
