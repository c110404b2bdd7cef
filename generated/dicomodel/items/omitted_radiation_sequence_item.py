"""Item class OmittedRadiationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.identified_person_or_device_item import (
        IdentifiedPersonOrDeviceItem as _IdentifiedPersonOrDeviceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _IdentifiedPersonOrDeviceItem = Lazy(
        "dicomodel.items.identified_person_or_device_item", "IdentifiedPersonOrDeviceItem"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.observer_type import ObserverType as ObserverType
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OrganizationalRoleCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReasonForOmissionCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.identified_person_or_device_item import (
        IdentifiedPersonOrDeviceItem as AsserterIdentificationSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedRTRadiationSequenceItem,
    )

__all__ = [
    "AsserterIdentificationSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "ObserverType",
    "OmittedRadiationSequenceItem",
    "OrganizationalRoleCodeSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "ReasonForOmissionCodeSequenceItem",
    "ReferencedRTRadiationSequenceItem",
]


class OmittedRadiationSequenceItem(DicomModel):
    """An item of Omitted Radiation Sequence (300A,0787), as first defined in RT Radiation Set Delivery Instruction Module Attributes (C.36.24-1)."""

    dicom_name: ClassVar[str] = "Omitted Radiation Sequence"
    dicom_table: ClassVar[str] = "table_C.36.24-1"

    ReferencedRTRadiationSequence: Annotated[
        list[_SOPInstanceReferenceItem],
        Attribute(0x300A0630, "SQ", "1", "1", name="Referenced RT Radiation Sequence"),
    ]
    """Referenced RT Radiation Sequence (300A,0630): Type 1, VR SQ, VM 1. The RT Radiation SOP Instance that is not to be delivered. The reference shall contain an RT Radiation SOP Instance that has been referenced in the RT Radiation Set SOP Instance in the Referenced RT Radiation Set Sequence (300A,0702)."""

    ReasonForOmissionCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x300A0788, "SQ", "1", "1", name="Reason for Omission Code Sequence"),
    ]
    """Reason for Omission Code Sequence (300A,0788): Type 1, VR SQ, VM 1. Reason the RT Radiation is not to be delivered. Only a single Item shall be included in this sequence."""

    AsserterIdentificationSequence: Annotated[
        list[_IdentifiedPersonOrDeviceItem],
        Attribute(0x00440103, "SQ", "1", "1", name="Asserter Identification Sequence"),
    ]
    """Asserter Identification Sequence (0044,0103): Type 1, VR SQ, VM 1. The person or device making the assertion that the RT Radiation is omitted. Only a single Item shall be included in this sequence."""

    ReasonForOmissionDescription: Annotated[
        vr.LO | None, Attribute(0x300C0113, "LO", "1", "3", name="Reason for Omission Description")
    ] = None
    """Reason for Omission Description (300C,0113): Type 3, VR LO, VM 1. User-defined description of why the RT Radiation is not to be delivered."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AsserterIdentificationSequenceItem": (
        "dicomodel.items.identified_person_or_device_item",
        "IdentifiedPersonOrDeviceItem",
    ),
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
    "ObserverType": ("dicomodel.enums.observer_type", "ObserverType"),
    "OrganizationalRoleCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReasonForOmissionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ReferencedRTRadiationSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
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
