"""Item class ApprovalSequenceItem.

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
    from dicomodel.items.pertinent_documents_sequence_item import (
        PertinentDocumentsSequenceItem as _PertinentDocumentsSequenceItem,
    )
    from dicomodel.items.related_assertion_sequence_item import (
        RelatedAssertionSequenceItem as _RelatedAssertionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _IdentifiedPersonOrDeviceItem = Lazy(
        "dicomodel.items.identified_person_or_device_item", "IdentifiedPersonOrDeviceItem"
    )
    _PertinentDocumentsSequenceItem = Lazy(
        "dicomodel.items.pertinent_documents_sequence_item", "PertinentDocumentsSequenceItem"
    )
    _RelatedAssertionSequenceItem = Lazy(
        "dicomodel.items.related_assertion_sequence_item", "RelatedAssertionSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.observer_type import ObserverType as ObserverType
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

__all__ = [
    "ApprovalSequenceItem",
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
    "RelatedAssertionSequenceItem",
]


class ApprovalSequenceItem(DicomModel):
    """An item of Approval Sequence (0044,0100), as first defined in Protocol Approval Module Attributes (C.34.15-1)."""

    dicom_name: ClassVar[str] = "Approval Sequence"
    dicom_table: ClassVar[str] = "table_C.34.15-1"

    AssertionCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x00440101, "SQ", "1", "1", name="Assertion Code Sequence"),
    ]
    """Assertion Code Sequence (0044,0101): Type 1, VR SQ, VM 1. The Assertion being made. Only a single Item shall be included in this Sequence."""

    AssertionUID: Annotated[vr.UI, Attribute(0x00440102, "UI", "1", "1", name="Assertion UID")]
    """Assertion UID (0044,0102): Type 1, VR UI, VM 1. Unique identification of this Assertion."""

    AsserterIdentificationSequence: Annotated[
        list[_IdentifiedPersonOrDeviceItem],
        Attribute(0x00440103, "SQ", "1", "1", name="Asserter Identification Sequence"),
    ]
    """Asserter Identification Sequence (0044,0103): Type 1, VR SQ, VM 1. The person or device making the Assertion. Only a single Item shall be included in this Sequence. Multiple asserters wishing to make the same Assertion may be recorded as multiple Assertions, each with a single asserter."""

    AssertionDateTime: Annotated[
        vr.DT, Attribute(0x00440104, "DT", "1", "1", name="Assertion DateTime")
    ]
    """Assertion DateTime (0044,0104): Type 1, VR DT, VM 1. Date and time at which the Assertion was made."""

    AssertionExpirationDateTime: Annotated[
        vr.DT | None, Attribute(0x00440105, "DT", "1", "3", name="Assertion Expiration DateTime")
    ] = None
    """Assertion Expiration DateTime (0044,0105): Type 3, VR DT, VM 1. Date and time at which the Assertion expires. If this Attribute is absent or empty, it means the Assertion does not have a pre-determined date and time at which it expires."""

    AssertionComments: Annotated[
        vr.UT | None, Attribute(0x00440106, "UT", "1", "3", name="Assertion Comments")
    ] = None
    """Assertion Comments (0044,0106): Type 3, VR UT, VM 1. Comments on the nature, extent or basis of the Assertion."""

    PertinentDocumentsSequence: Annotated[
        list[_PertinentDocumentsSequenceItem] | None,
        Attribute(0x00380100, "SQ", "1", "3", name="Pertinent Documents Sequence"),
    ] = None
    """Pertinent Documents Sequence (0038,0100): Type 3, VR SQ, VM 1. Reference to document(s) that describe the Assertion semantics, or provide the basis for making the Assertion. Items shall not be empty. One or more Items are permitted in this Sequence."""

    RelatedAssertionSequence: Annotated[
        list[_RelatedAssertionSequenceItem] | None,
        Attribute(0x00440107, "SQ", "1", "3", name="Related Assertion Sequence"),
    ] = None
    """Related Assertion Sequence (0044,0107): Type 3, VR SQ, VM 1. Other Assertions which may be of interest to systems examining this Assertion. One or more Items are permitted in this Sequence."""

    InstitutionCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00080082,
            "SQ",
            "1",
            "1C",
            name="Institution Code Sequence",
            when=(
                "code",
                0x00440101,
                (
                    ("128603", "DCM"),
                    ("128623", "DCM"),
                    ("128613", "DCM"),
                    ("128614", "DCM"),
                    ("128615", "DCM"),
                ),
            ),
        ),
    ] = None
    """Institution Code Sequence (0008,0082): Type 1C, VR SQ, VM 1. Required if Assertion Code Sequence (0044,0101) is (128603, DCM, \"Approved for use at the institution\") or (128623, DCM, \"Disapproved for use at the institution\") or (128613, DCM, \"Eligible for reimbursement\") or (128614, DCM, \"Eligible for reimbursement on per patient basis\") or (128615, DCM, \"Ineligible for reimbursement\"). Institution or organization for which use of the protocol is approved/disapproved or eligible/ineligible for reimbursement. The institution identified by the code can represent a hospital network, a hospital, a clinic or a department."""

    ClinicalTrialProtocolID: Annotated[
        vr.LO | None,
        Attribute(
            0x00120020,
            "LO",
            "1",
            "1C",
            name="Clinical Trial Protocol ID",
            when=(
                "code",
                0x00440101,
                (("128604", "DCM"), ("128624", "DCM"), ("128611", "DCM"), ("128612", "DCM")),
            ),
        ),
    ] = None
    """Clinical Trial Protocol ID (0012,0020): Type 1C, VR LO, VM 1. Required if Assertion Code Sequence (0044,0101) is (128604, DCM, \"Approved for use in the clinical trial\") or (128624, DCM, \"Disapproved for use in the clinical trial\") or (128611, DCM, \"Approved for experimental use\") or (128612, DCM, \"Disapproved for experimental use\"). Identifier of the clinical trial protocol for which use of the protocol is approved or disapproved. For experimental use this Attribute is used to identify the experiment."""


_EXPORTS: dict[str, tuple[str, str]] = {
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
