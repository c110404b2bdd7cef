"""Requested Procedure Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.reporting_priority import ReportingPriorityTerm as _ReportingPriorityTerm
    from dicomodel.enums.requested_procedure_priority import (
        RequestedProcedurePriorityTerm as _RequestedProcedurePriorityTerm,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as _PersonIdentificationItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _PersonIdentificationItem = Lazy(
        "dicomodel.items.person_identification_item", "PersonIdentificationItem"
    )
    _ReportingPriorityTerm = Lazy("dicomodel.enums.reporting_priority", "ReportingPriorityTerm")
    _RequestedProcedurePriorityTerm = Lazy(
        "dicomodel.enums.requested_procedure_priority", "RequestedProcedurePriorityTerm"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.reporting_priority import ReportingPriorityTerm as ReportingPriorityTerm
    from dicomodel.enums.requested_procedure_priority import (
        RequestedProcedurePriorityTerm as RequestedProcedurePriorityTerm,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReasonForRequestedProcedureCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RequestedLateralityCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RequestedProcedureCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as IntendedRecipientsOfResultsIdentificationSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedStudySequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "IntendedRecipientsOfResultsIdentificationSequenceItem",
    "MappingResourceTerm",
    "PersonIdentificationCodeSequenceItem",
    "ReasonForRequestedProcedureCodeSequenceItem",
    "ReferencedStudySequenceItem",
    "ReportingPriorityTerm",
    "RequestedLateralityCodeSequenceItem",
    "RequestedProcedureCodeSequenceItem",
    "RequestedProcedureModule",
    "RequestedProcedurePriorityTerm",
]


class RequestedProcedureModule(DicomModel):
    """Requested Procedure Module Attributes (PS3.3 Table C.4-11)."""

    dicom_name: ClassVar[str] = "Requested Procedure"
    dicom_table: ClassVar[str] = "table_C.4-11"

    RequestedProcedureID: Annotated[
        vr.SH | None, Attribute(0x00401001, "SH", "1", None, name="Requested Procedure ID")
    ] = None
    """Requested Procedure ID (0040,1001): no Type, VR SH, VM 1. Identifier that identifies the Requested Procedure in the Imaging Service Request."""

    ReasonForTheRequestedProcedure: Annotated[
        vr.LO | None,
        Attribute(0x00401002, "LO", "1", None, name="Reason for the Requested Procedure"),
    ] = None
    """Reason for the Requested Procedure (0040,1002): no Type, VR LO, VM 1. Reason for requesting this imaging procedure."""

    RequestedProcedureComments: Annotated[
        vr.LT | None, Attribute(0x00401400, "LT", "1", None, name="Requested Procedure Comments")
    ] = None
    """Requested Procedure Comments (0040,1400): no Type, VR LT, VM 1. User-defined comments on the Requested Procedure."""

    ReasonForRequestedProcedureCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0040100A, "SQ", "1", None, name="Reason for Requested Procedure Code Sequence"),
    ] = None
    """Reason for Requested Procedure Code Sequence (0040,100A): no Type, VR SQ, VM 1. Coded Reason for requesting this procedure. One or more Items shall be included in this Sequence."""

    RequestedProcedureCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00321064, "SQ", "1", None, name="Requested Procedure Code Sequence"),
    ] = None
    """Requested Procedure Code Sequence (0032,1064): no Type, VR SQ, VM 1. A Sequence that conveys the Requested Procedure of one Procedure Type. Only a single Item shall be included in this Sequence."""

    RequestedLateralityCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00321065, "SQ", "1", None, name="Requested Laterality Code Sequence"),
    ] = None
    """Requested Laterality Code Sequence (0032,1065): no Type, VR SQ, VM 1. Laterality of body part subject of procedure. Only a single Item shall be included in this Sequence. If present, shall not conflict with any pre-coordinated laterality in Requested Procedure Code Sequence (0032,1064)."""

    StudyInstanceUID: Annotated[
        vr.UI | None, Attribute(0x0020000D, "UI", "1", None, name="Study Instance UID")
    ] = None
    """Study Instance UID (0020,000D): no Type, VR UI, VM 1. Unique identifier to be used to identify the Study."""

    StudyDate: Annotated[
        vr.DA | None, Attribute(0x00080020, "DA", "1", None, name="Study Date")
    ] = None
    """Study Date (0008,0020): no Type, VR DA, VM 1. Date the Study started, if any previous procedure steps within the same Study have already been performed."""

    StudyTime: Annotated[
        vr.TM | None, Attribute(0x00080030, "TM", "1", None, name="Study Time")
    ] = None
    """Study Time (0008,0030): no Type, VR TM, VM 1. Time the Study started, if any previous procedure steps within the same Study have already been performed."""

    ReferencedStudySequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x00081110, "SQ", "1", None, name="Referenced Study Sequence"),
    ] = None
    """Referenced Study Sequence (0008,1110): no Type, VR SQ, VM 1. Uniquely identifies the Studies associated with this SOP Instance. One or more Items shall be included in this Sequence. See Section 10.6.1."""

    RequestedProcedureDescription: Annotated[
        vr.LO | None, Attribute(0x00321060, "LO", "1", None, name="Requested Procedure Description")
    ] = None
    """Requested Procedure Description (0032,1060): no Type, VR LO, VM 1. Institution-generated administrative description or classification of Requested Procedure."""

    RequestedProcedurePriority: Annotated[
        _RequestedProcedurePriorityTerm | vr.SH | None,
        Attribute(0x00401003, "SH", "1", None, name="Requested Procedure Priority"),
    ] = None
    """Requested Procedure Priority (0040,1003): no Type, VR SH, VM 1. Requested Procedure Type Urgency. Defined Terms: STAT HIGH ROUTINE MEDIUM LOW"""

    PatientTransportArrangements: Annotated[
        vr.LO | None, Attribute(0x00401004, "LO", "1", None, name="Patient Transport Arrangements")
    ] = None
    """Patient Transport Arrangements (0040,1004): no Type, VR LO, VM 1. Mode of transportation of the Patient to the location of examination."""

    RequestedProcedureLocation: Annotated[
        vr.LO | None, Attribute(0x00401005, "LO", "1", None, name="Requested Procedure Location")
    ] = None
    """Requested Procedure Location (0040,1005): no Type, VR LO, VM 1. Physical location at which the Requested Procedure is to be performed."""

    ConfidentialityCode: Annotated[
        vr.LO | None, Attribute(0x00401008, "LO", "1", None, name="Confidentiality Code")
    ] = None
    """Confidentiality Code (0040,1008): no Type, VR LO, VM 1. Confidentiality Constraints on the Requested Procedure by the party filling the order."""

    ReportingPriority: Annotated[
        _ReportingPriorityTerm | vr.SH | None,
        Attribute(0x00401009, "SH", "1", None, name="Reporting Priority"),
    ] = None
    """Reporting Priority (0040,1009): no Type, VR SH, VM 1. Requested Reporting Priority. Defined Terms: HIGH ROUTINE MEDIUM LOW"""

    NamesOfIntendedRecipientsOfResults: Annotated[
        list[vr.PN] | None,
        Attribute(0x00401010, "PN", "1-n", None, name="Names of Intended Recipients of Results"),
    ] = None
    """Names of Intended Recipients of Results (0040,1010): no Type, VR PN, VM 1-n. Names of the physicians, who are intended recipients of results."""

    IntendedRecipientsOfResultsIdentificationSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(
            0x00401011,
            "SQ",
            "1",
            None,
            name="Intended Recipients of Results Identification Sequence",
        ),
    ] = None
    """Intended Recipients of Results Identification Sequence (0040,1011): no Type, VR SQ, VM 1. Identification of the physicians who are intended recipients of results. One or more Items shall be included in this Sequence."""


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
    "IntendedRecipientsOfResultsIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReasonForRequestedProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferencedStudySequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReportingPriorityTerm": ("dicomodel.enums.reporting_priority", "ReportingPriorityTerm"),
    "RequestedLateralityCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RequestedProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RequestedProcedurePriorityTerm": (
        "dicomodel.enums.requested_procedure_priority",
        "RequestedProcedurePriorityTerm",
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
