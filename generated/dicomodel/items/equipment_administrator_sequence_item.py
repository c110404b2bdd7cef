"""Item class EquipmentAdministratorSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquipmentAdministratorSequenceItem",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "PersonIdentificationCodeSequenceItem",
]


class EquipmentAdministratorSequenceItem(DicomModel):
    """An item of Equipment Administrator Sequence (0028,7000), as first defined in Display System Module Attributes (C.32.1-1)."""

    dicom_name: ClassVar[str] = "Equipment Administrator Sequence"
    dicom_table: ClassVar[str] = "table_C.32.1-1"

    PersonName: Annotated[
        vr.PN | None, Attribute(0x0040A123, "PN", "1", None, name="Person Name")
    ] = None
    """Person Name (0040,A123): no Type, VR PN, VM 1. Name of the person or role that is administrating the equipment."""

    PersonIdentificationCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x00401101, "SQ", "1", "1", name="Person Identification Code Sequence"),
    ]
    """Person Identification Code Sequence (0040,1101): Type 1, VR SQ, VM 1. A coded entry that identifies a person. The Code Meaning Attribute, though it will be encoded with a VR of LO, may be encoded according to the rules of the PN VR (e.g., caret '^' delimiters shall separate name components), except that a sin..."""

    PersonAddress: Annotated[
        vr.ST | None, Attribute(0x00401102, "ST", "1", "3", name="Person's Address")
    ] = None
    """Person's Address (0040,1102): Type 3, VR ST, VM 1. Person's mailing address."""

    PersonTelephoneNumbers: Annotated[
        list[vr.LO] | None,
        Attribute(0x00401103, "LO", "1-n", "3", name="Person's Telephone Numbers"),
    ] = None
    """Person's Telephone Numbers (0040,1103): Type 3, VR LO, VM 1-n. Person's telephone number(s)."""

    PersonTelecomInformation: Annotated[
        vr.LT | None, Attribute(0x00401104, "LT", "1", "3", name="Person's Telecom Information")
    ] = None
    """Person's Telecom Information (0040,1104): Type 3, VR LT, VM 1. The person's telecommunication contact information, including telephone, email, or other telecom addresses. This Attribute may have internal format or structure in accordance with local agreement or profile."""

    InstitutionName: Annotated[
        vr.LO | None,
        Attribute(
            0x00080080,
            "LO",
            "1",
            "1C",
            name="Institution Name",
            when=("not", ("present", 0x00080082)),
            otherwise="may",
        ),
    ] = None
    """Institution Name (0008,0080): Type 1C, VR LO, VM 1. Required if Institution Code Sequence (0008,0082) is not present. May be present otherwise. Institution or organization to which the identified individual is responsible or accountable. Required if Institution Code Sequence (0008,0082) is not present. May be present otherwise."""

    InstitutionAddress: Annotated[
        vr.ST | None, Attribute(0x00080081, "ST", "1", "3", name="Institution Address")
    ] = None
    """Institution Address (0008,0081): Type 3, VR ST, VM 1. Mailing address of the institution or organization to which the identified individual is responsible or accountable."""

    InstitutionCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00080082,
            "SQ",
            "1",
            "1C",
            name="Institution Code Sequence",
            when=("not", ("present", 0x00080080)),
            otherwise="may",
        ),
    ] = None
    """Institution Code Sequence (0008,0082): Type 1C, VR SQ, VM 1. Required if Institution Name (0008,0080) is not present. May be present otherwise. Institution or organization to which the identified individual is responsible or accountable. Required if Institution Name (0008,0080) is not present. May be present otherwise. Only a single Item shall be included in this Sequence."""

    InstitutionalDepartmentName: Annotated[
        vr.LO | None, Attribute(0x00081040, "LO", "1", "3", name="Institutional Department Name")
    ] = None
    """Institutional Department Name (0008,1040): Type 3, VR LO, VM 1. The Department, Unit or Service within the healthcare facility."""

    InstitutionalDepartmentTypeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00081041, "SQ", "1", "3", name="Institutional Department Type Code Sequence"),
    ] = None
    """Institutional Department Type Code Sequence (0008,1041): Type 3, VR SQ, VM 1. A coded description of the type of Department or Service within the healthcare facility. This might be obtained from a corresponding HL7v2 message containing PV1:10 Hospital Service. Only a single Item is permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "InstitutionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
