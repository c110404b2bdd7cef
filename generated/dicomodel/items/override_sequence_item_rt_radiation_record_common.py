"""Item class OverrideSequenceItemRTRadiationRecordCommon.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.content_item import ContentItem as _ContentItem
    from dicomodel.items.identified_person_or_device_item import (
        IdentifiedPersonOrDeviceItem as _IdentifiedPersonOrDeviceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ContentItem = Lazy("dicomodel.items.content_item", "ContentItem")
    _IdentifiedPersonOrDeviceItem = Lazy(
        "dicomodel.items.identified_person_or_device_item", "IdentifiedPersonOrDeviceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.observer_type import ObserverType as ObserverType
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OrganizationalRoleCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as AlternateValueSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.identified_person_or_device_item import (
        IdentifiedPersonOrDeviceItem as OperatorIdentificationSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )

__all__ = [
    "AlternateValueSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ObserverType",
    "OperatorIdentificationSequenceItem",
    "OrganizationalRoleCodeSequenceItem",
    "OverrideSequenceItemRTRadiationRecordCommon",
    "PersonIdentificationCodeSequenceItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]


class OverrideSequenceItemRTRadiationRecordCommon(DicomModel):
    """An item of Override Sequence (3008,0060), as first defined in RT Radiation Record Common Module Attributes (C.36.22-1)."""

    dicom_name: ClassVar[str] = "Override Sequence"
    dicom_table: ClassVar[str] = "table_C.36.22-1"

    OperatorIdentificationSequence: Annotated[
        list[_IdentifiedPersonOrDeviceItem],
        Attribute(0x00081072, "SQ", "1", "1", name="Operator Identification Sequence"),
    ]
    """Operator Identification Sequence (0008,1072): Type 1, VR SQ, VM 1. Identification of the operator who authorized the override. One or more Items shall be present."""

    OverrideDateTime: Annotated[
        vr.DT, Attribute(0x300A0760, "DT", "1", "1", name="Override DateTime")
    ]
    """Override DateTime (300A,0760): Type 1, VR DT, VM 1. Date and Time when the user authorized the override."""

    OverrideReason: Annotated[
        vr.ST | None, Attribute(0x30080066, "ST", "1", "2", name="Override Reason")
    ]
    """Override Reason (3008,0066): Type 2, VR ST, VM 1. User-defined reason of the override. May contain notes, e.g. on the justification why the treatment was delivered in the presence of an interlock or unexpected machine condition."""

    AlternateValueSequence: Annotated[
        list[_ContentItem] | None,
        Attribute(0x300A073E, "SQ", "1", "2", name="Alternate Value Sequence"),
    ]
    """Alternate Value Sequence (300A,073E): Type 2, VR SQ, VM 1. The alternate value for the parameter as accepted by the user when the override was entered. The actual value applied during treatment may be different. Zero or one Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlternateValueSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ObserverType": ("dicomodel.enums.observer_type", "ObserverType"),
    "OperatorIdentificationSequenceItem": (
        "dicomodel.items.identified_person_or_device_item",
        "IdentifiedPersonOrDeviceItem",
    ),
    "OrganizationalRoleCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "ValueType": ("dicomodel.enums.value_type", "ValueType"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
