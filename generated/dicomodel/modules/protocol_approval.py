"""Protocol Approval Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.approval_sequence_item import ApprovalSequenceItem as _ApprovalSequenceItem
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ApprovalSequenceItem = Lazy("dicomodel.items.approval_sequence_item", "ApprovalSequenceItem")
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.observer_type import ObserverType as ObserverType
    from dicomodel.items.approval_sequence_item import ApprovalSequenceItem as ApprovalSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AssertionCodeSequenceItem
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
        IdentifiedPersonOrDeviceItem as AsserterIdentificationSequenceItem,
    )
    from dicomodel.items.pertinent_documents_sequence_item import (
        PertinentDocumentsSequenceItem as PertinentDocumentsSequenceItem,
    )
    from dicomodel.items.related_assertion_sequence_item import (
        RelatedAssertionSequenceItem as RelatedAssertionSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ApprovalSubjectSequenceItem,
    )

__all__ = [
    "ApprovalSequenceItem",
    "ApprovalSubjectSequenceItem",
    "AsserterIdentificationSequenceItem",
    "AssertionCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "ObserverType",
    "OrganizationalRoleCodeSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "PertinentDocumentsSequenceItem",
    "ProtocolApprovalModule",
    "RelatedAssertionSequenceItem",
]


class ProtocolApprovalModule(DicomModel):
    """Protocol Approval Module Attributes (PS3.3 Table C.34.15-1)."""

    dicom_name: ClassVar[str] = "Protocol Approval"
    dicom_table: ClassVar[str] = "table_C.34.15-1"

    ApprovalSubjectSequence: Annotated[
        list[_SOPInstanceReferenceItem],
        Attribute(0x00440109, "SQ", "1", "1", name="Approval Subject Sequence"),
    ]
    """Approval Subject Sequence (0044,0109): Type 1, VR SQ, VM 1. Instances that are the subject of the Approval Sequence. All Assertions in the Approval Sequence (0044,0100) apply to all Instances in this Sequence. One or more Items shall be included in this Sequence."""

    ApprovalSequence: Annotated[
        list[_ApprovalSequenceItem], Attribute(0x00440100, "SQ", "1", "1", name="Approval Sequence")
    ]
    """Approval Sequence (0044,0100): Type 1, VR SQ, VM 1. Recorded approvals of the subject Instances. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ApprovalSequenceItem": ("dicomodel.items.approval_sequence_item", "ApprovalSequenceItem"),
    "ApprovalSubjectSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "AsserterIdentificationSequenceItem": (
        "dicomodel.items.identified_person_or_device_item",
        "IdentifiedPersonOrDeviceItem",
    ),
    "AssertionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
    "PertinentDocumentsSequenceItem": (
        "dicomodel.items.pertinent_documents_sequence_item",
        "PertinentDocumentsSequenceItem",
    ),
    "RelatedAssertionSequenceItem": (
        "dicomodel.items.related_assertion_sequence_item",
        "RelatedAssertionSequenceItem",
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
