"""Performed Procedure Step Information Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.performed_procedure_step_status import (
        PerformedProcedureStepStatusValue as _PerformedProcedureStepStatusValue,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _PerformedProcedureStepStatusValue = Lazy(
        "dicomodel.enums.performed_procedure_step_status", "PerformedProcedureStepStatusValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.performed_procedure_step_status import (
        PerformedProcedureStepStatus as PerformedProcedureStepStatus,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PerformedProcedureStepDiscontinuationReasonCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ProcedureCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReasonForPerformedProcedureCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PerformedProcedureStepDiscontinuationReasonCodeSequenceItem",
    "PerformedProcedureStepInformationModule",
    "PerformedProcedureStepStatus",
    "ProcedureCodeSequenceItem",
    "ReasonForPerformedProcedureCodeSequenceItem",
]


class PerformedProcedureStepInformationModule(DicomModel):
    """Performed Procedure Step Information Module Attributes (PS3.3 Table C.4-14)."""

    dicom_name: ClassVar[str] = "Performed Procedure Step Information"
    dicom_table: ClassVar[str] = "table_C.4-14"

    PerformedStationAETitle: Annotated[
        vr.AE | None, Attribute(0x00400241, "AE", "1", None, name="Performed Station AE Title")
    ] = None
    """Performed Station AE Title (0040,0241): no Type, VR AE, VM 1. AE title of the modality on which the Performed Procedure Step was performed."""

    PerformedStationName: Annotated[
        vr.SH | None, Attribute(0x00400242, "SH", "1", None, name="Performed Station Name")
    ] = None
    """Performed Station Name (0040,0242): no Type, VR SH, VM 1. An institution defined name for the modality on which the Performed Procedure Step was performed."""

    PerformedLocation: Annotated[
        vr.SH | None, Attribute(0x00400243, "SH", "1", None, name="Performed Location")
    ] = None
    """Performed Location (0040,0243): no Type, VR SH, VM 1. Description of the location at which the Performed Procedure Step was performed."""

    PerformedProcedureStepStartDate: Annotated[
        vr.DA | None,
        Attribute(0x00400244, "DA", "1", None, name="Performed Procedure Step Start Date"),
    ] = None
    """Performed Procedure Step Start Date (0040,0244): no Type, VR DA, VM 1. Date on which the Performed Procedure Step started. This value may be used to determine the earliest date to use as Study Date (0008,0020) in Composite Instances and in updated Modality Scheduled Procedure Steps in order to allow Study leve..."""

    PerformedProcedureStepStartTime: Annotated[
        vr.TM | None,
        Attribute(0x00400245, "TM", "1", None, name="Performed Procedure Step Start Time"),
    ] = None
    """Performed Procedure Step Start Time (0040,0245): no Type, VR TM, VM 1. Time at which the Performed Procedure Step started. This value may be used to determine the earliest time to use as Study Time (0008,0030) in Composite Instances and in updated Modality Scheduled Procedure Steps in order to allow Study leve..."""

    PerformedProcedureStepID: Annotated[
        vr.SH | None, Attribute(0x00400253, "SH", "1", None, name="Performed Procedure Step ID")
    ] = None
    """Performed Procedure Step ID (0040,0253): no Type, VR SH, VM 1. User or equipment generated identifier of that part of a Procedure that has been carried out within this step."""

    PerformedProcedureStepEndDate: Annotated[
        vr.DA | None,
        Attribute(0x00400250, "DA", "1", None, name="Performed Procedure Step End Date"),
    ] = None
    """Performed Procedure Step End Date (0040,0250): no Type, VR DA, VM 1. Date on which the Performed Procedure Step ended."""

    PerformedProcedureStepEndTime: Annotated[
        vr.TM | None,
        Attribute(0x00400251, "TM", "1", None, name="Performed Procedure Step End Time"),
    ] = None
    """Performed Procedure Step End Time (0040,0251): no Type, VR TM, VM 1. Time at which the Performed Procedure Step ended."""

    PerformedProcedureStepStatus: Annotated[
        _PerformedProcedureStepStatusValue | None,
        Attribute(
            0x00400252,
            "CS",
            "1",
            None,
            name="Performed Procedure Step Status",
            enumerated=((0, ("IN PROGRESS", "DISCONTINUED", "COMPLETED")),),
        ),
    ] = None
    """Performed Procedure Step Status (0040,0252): no Type, VR CS, VM 1. Contains the state of the Performed Procedure Step. Enumerated Values: IN PROGRESS Started but not complete DISCONTINUED Canceled or unsuccessfully terminated COMPLETED Successfully completed"""

    PerformedProcedureStepDescription: Annotated[
        vr.LO | None,
        Attribute(0x00400254, "LO", "1", None, name="Performed Procedure Step Description"),
    ] = None
    """Performed Procedure Step Description (0040,0254): no Type, VR LO, VM 1. Institution-generated description or classification of the Procedure Step that was performed."""

    CommentsOnThePerformedProcedureStep: Annotated[
        vr.ST | None,
        Attribute(0x00400280, "ST", "1", None, name="Comments on the Performed Procedure Step"),
    ] = None
    """Comments on the Performed Procedure Step (0040,0280): no Type, VR ST, VM 1. User-defined comments on the Performed Procedure Step."""

    PerformedProcedureTypeDescription: Annotated[
        vr.LO | None,
        Attribute(0x00400255, "LO", "1", None, name="Performed Procedure Type Description"),
    ] = None
    """Performed Procedure Type Description (0040,0255): no Type, VR LO, VM 1. A description of the type of procedure performed."""

    ProcedureCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00081032, "SQ", "1", None, name="Procedure Code Sequence"),
    ] = None
    """Procedure Code Sequence (0008,1032): no Type, VR SQ, VM 1. A Sequence that conveys the (single) type of procedure performed. Only a single Item shall be included in this Sequence."""

    ReasonForPerformedProcedureCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00401012, "SQ", "1", None, name="Reason For Performed Procedure Code Sequence"),
    ] = None
    """Reason For Performed Procedure Code Sequence (0040,1012): no Type, VR SQ, VM 1. Coded reason(s) for performing this procedure. May differ from the values in Reason for the Requested Procedure (0040,100A) in Request Attribute Sequence (0040,0275), for example if what was performed differs from what was requested."""

    PerformedProcedureStepDiscontinuationReasonCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00400281,
            "SQ",
            "1",
            None,
            name="Performed Procedure Step Discontinuation Reason Code Sequence",
        ),
    ] = None
    """Performed Procedure Step Discontinuation Reason Code Sequence (0040,0281): no Type, VR SQ, VM 1. The reason the Performed Procedure Step Status (0040,0252) was set to DISCONTINUED."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PerformedProcedureStepDiscontinuationReasonCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PerformedProcedureStepStatus": (
        "dicomodel.enums.performed_procedure_step_status",
        "PerformedProcedureStepStatus",
    ),
    "ProcedureCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ReasonForPerformedProcedureCodeSequenceItem": (
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
