"""Radiotherapy Common Instance Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.identified_person_or_device_item import (
        IdentifiedPersonOrDeviceItem as _IdentifiedPersonOrDeviceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

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
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.identified_person_or_device_item import (
        IdentifiedPersonOrDeviceItem as AuthorIdentificationSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as InstanceLevelReferencedPerformedProcedureStepSequenceItem,
    )

__all__ = [
    "AuthorIdentificationSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstanceLevelReferencedPerformedProcedureStepSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "ObserverType",
    "OrganizationalRoleCodeSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "RadiotherapyCommonInstanceModule",
]


class RadiotherapyCommonInstanceModule(DicomModel):
    """Radiotherapy Common Instance Module Attributes (PS3.3 Table C.36.4-1)."""

    dicom_name: ClassVar[str] = "Radiotherapy Common Instance"
    dicom_table: ClassVar[str] = "table_C.36.4-1"

    InstanceCreationDate: Annotated[
        vr.DA, Attribute(0x00080012, "DA", "1", "1", name="Instance Creation Date")
    ]
    """Instance Creation Date (0008,0012): Type 1, VR DA, VM 1. Date the SOP Instance was created."""

    InstanceCreationTime: Annotated[
        vr.TM, Attribute(0x00080013, "TM", "1", "1", name="Instance Creation Time")
    ]
    """Instance Creation Time (0008,0013): Type 1, VR TM, VM 1. Time the SOP Instance was created."""

    ContentDate: Annotated[vr.DA, Attribute(0x00080023, "DA", "1", "1", name="Content Date")]
    """Content Date (0008,0023): Type 1, VR DA, VM 1. The date the content creation started."""

    ContentTime: Annotated[vr.TM, Attribute(0x00080033, "TM", "1", "1", name="Content Time")]
    """Content Time (0008,0033): Type 1, VR TM, VM 1. The time the content creation started."""

    AuthorIdentificationSequence: Annotated[
        list[_IdentifiedPersonOrDeviceItem] | None,
        Attribute(0x30100019, "SQ", "1", "2", name="Author Identification Sequence"),
    ]
    """Author Identification Sequence (3010,0019): Type 2, VR SQ, VM 1. The person that created the entire clinical content of this document. Zero or more Items shall be included in this Sequence."""

    InstanceLevelReferencedPerformedProcedureStepSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x30100044,
            "SQ",
            "1",
            "1C",
            name="Instance-Level Referenced Performed Procedure Step Sequence",
            when=(
                "and",
                (
                    "unknown",
                    "names no attribute: this Instance has been created as a result of a procedure step request",
                ),
                ("not", ("present", 0x00081111)),
            ),
        ),
    ] = None
    """Instance-Level Referenced Performed Procedure Step Sequence (3010,0044): Type 1C, VR SQ, VM 1. Required if this Instance has been created as a result of a procedure step request and the Referenced Performed Procedure Step Sequence (0008,1111) is not present. Uniquely identifies the Performed Procedure Step SOP Instance that resulted in creation of this Instance (e.g. a Modality or Unified Procedure Step SOP Instance)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AuthorIdentificationSequenceItem": (
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
    "InstanceLevelReferencedPerformedProcedureStepSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
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
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
