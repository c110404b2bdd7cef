"""Item class InterlockItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.device_identification_item import (
        DeviceIdentificationItem as _DeviceIdentificationItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as _PersonIdentificationItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _DeviceIdentificationItem = Lazy(
        "dicomodel.items.device_identification_item", "DeviceIdentificationItem"
    )
    _PersonIdentificationItem = Lazy(
        "dicomodel.items.person_identification_item", "PersonIdentificationItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeviceTypeCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InterlockCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InterlockResolutionCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.device_identification_item import (
        DeviceIdentificationItem as InterlockOriginatingDeviceSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as InterlockResolutionUserSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "InterlockCodeSequenceItem",
    "InterlockItem",
    "InterlockOriginatingDeviceSequenceItem",
    "InterlockResolutionCodeSequenceItem",
    "InterlockResolutionUserSequenceItem",
    "MappingResourceTerm",
    "PersonIdentificationCodeSequenceItem",
    "UDISequenceItem",
]


class InterlockItem(DicomModel):
    """An item of Interlock Sequence (300A,0740), as first defined in RT Beams Session Record Module Attributes (C.8-57)."""

    dicom_name: ClassVar[str] = "Interlock Sequence"
    dicom_table: ClassVar[str] = "table_C.8-57"

    InterlockDateTime: Annotated[
        vr.DT, Attribute(0x300A0741, "DT", "1", "1", name="Interlock DateTime")
    ]
    """Interlock DateTime (300A,0741): Type 1, VR DT, VM 1. Date and Time when the Interlock occurred. The date and time of occurrence may be when the interlock occurred (e.g. by a real-time system) or when the interlock was recorded. See Section C.7.4.2.1.4."""

    InterlockDescription: Annotated[
        vr.ST, Attribute(0x300A0742, "ST", "1", "1", name="Interlock Description")
    ]
    """Interlock Description (300A,0742): Type 1, VR ST, VM 1. User-readable description of the interlock."""

    InterlockOriginDescription: Annotated[
        vr.ST | None,
        Attribute(
            0x300A0783,
            "ST",
            "1",
            "1C",
            name="Interlock Origin Description",
            when=("not", ("present", 0x300A0743)),
        ),
    ] = None
    """Interlock Origin Description (300A,0783): Type 1C, VR ST, VM 1. Required if Interlock Originating Device Sequence (300A,0743) is not present. Description of the origin of the interlock. Required if Interlock Originating Device Sequence (300A,0743) is not present."""

    InterlockOriginatingDeviceSequence: Annotated[
        list[_DeviceIdentificationItem] | None,
        Attribute(
            0x300A0743,
            "SQ",
            "1",
            "1C",
            name="Interlock Originating Device Sequence",
            when=("not", ("present", 0x300A0783)),
        ),
    ] = None
    """Interlock Originating Device Sequence (300A,0743): Type 1C, VR SQ, VM 1. Required if Interlock Origin Description (300A,0783) is not present. Contains the attributes that identify the device that originated the interlock. Only a single Item shall be included in this Sequence. Required if Interlock Origin Description (300A,0783) is not present."""

    InterlockCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x300A0744, "SQ", "1", "1", name="Interlock Code Sequence"),
    ]
    """Interlock Code Sequence (300A,0744): Type 1, VR SQ, VM 1. Code(s) that describe the interlock(s) that occurred. One or more Items shall be included in this Sequence."""

    InterlockResolutionCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x300A0745, "SQ", "1", "1", name="Interlock Resolution Code Sequence"),
    ]
    """Interlock Resolution Code Sequence (300A,0745): Type 1, VR SQ, VM 1. The action applied to resolve the interlock. One or more Items shall be included in this Sequence."""

    InterlockResolutionUserSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(0x300A0746, "SQ", "1", "2", name="Interlock Resolution User Sequence"),
    ]
    """Interlock Resolution User Sequence (300A,0746): Type 2, VR SQ, VM 1. The user that resolved the interlock. Zero or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DeviceAlternateIdentifierTypeTerm": (
        "dicomodel.enums.device_alternate_identifier_type",
        "DeviceAlternateIdentifierTypeTerm",
    ),
    "DeviceTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "InstitutionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "InterlockCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InterlockOriginatingDeviceSequenceItem": (
        "dicomodel.items.device_identification_item",
        "DeviceIdentificationItem",
    ),
    "InterlockResolutionCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "InterlockResolutionUserSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "UDISequenceItem": ("dicomodel.items.udi_item", "UDIItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
