"""Item class ProcedureStepProgressInformationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.procedure_step_communications_uri_sequence_item import (
        ProcedureStepCommunicationsURISequenceItem as _ProcedureStepCommunicationsURISequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step import (
        ProtocolContextSequenceItemScheduledProcedureStep as _ProtocolContextSequenceItemScheduledProcedureStep,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ProcedureStepCommunicationsURISequenceItem = Lazy(
        "dicomodel.items.procedure_step_communications_uri_sequence_item",
        "ProcedureStepCommunicationsURISequenceItem",
    )
    _ProtocolContextSequenceItemScheduledProcedureStep = Lazy(
        "dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step",
        "ProtocolContextSequenceItemScheduledProcedureStep",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ProcedureStepDiscontinuationReasonCodeSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as ContentItemModifierSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.procedure_step_communications_uri_sequence_item import (
        ProcedureStepCommunicationsURISequenceItem as ProcedureStepCommunicationsURISequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step import (
        ProtocolContextSequenceItemScheduledProcedureStep as ProcedureStepProgressParametersSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ProcedureStepCommunicationsURISequenceItem",
    "ProcedureStepDiscontinuationReasonCodeSequenceItem",
    "ProcedureStepProgressInformationSequenceItem",
    "ProcedureStepProgressParametersSequenceItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]


class ProcedureStepProgressInformationSequenceItem(DicomModel):
    """An item of Progress Information Sequence (0074,1002), as first defined in Unified Procedure Step Progress Information Module Attributes (C.30.1-1)."""

    dicom_name: ClassVar[str] = "Progress Information Sequence"
    dicom_table: ClassVar[str] = "table_C.30.1-1"

    ProcedureStepProgress: Annotated[
        vr.DS | None, Attribute(0x00741004, "DS", "1", None, name="Procedure Step Progress")
    ] = None
    """Procedure Step Progress (0074,1004): no Type, VR DS, VM 1. A numerical indicator of progress expressed as percentage complete. This is primarily for status rendering (e.g., progress bar). The percentage is not necessarily an accurate indication of total time."""

    ProcedureStepProgressDescription: Annotated[
        vr.ST | None,
        Attribute(0x00741006, "ST", "1", None, name="Procedure Step Progress Description"),
    ] = None
    """Procedure Step Progress Description (0074,1006): no Type, VR ST, VM 1. A textual description of progress. For example, it might contain \"Annealing complete\"."""

    ProcedureStepProgressParametersSequence: Annotated[
        list[_ProtocolContextSequenceItemScheduledProcedureStep] | None,
        Attribute(0x00741007, "SQ", "1", None, name="Procedure Step Progress Parameters Sequence"),
    ] = None
    """Procedure Step Progress Parameters Sequence (0074,1007): no Type, VR SQ, VM 1. Additional procedure-specific progress information provided by the performing device while the current Procedure Step is being executed. One or more Items are permitted in this Sequence."""

    ProcedureStepCommunicationsURISequence: Annotated[
        list[_ProcedureStepCommunicationsURISequenceItem] | None,
        Attribute(0x00741008, "SQ", "1", None, name="Procedure Step Communications URI Sequence"),
    ] = None
    """Procedure Step Communications URI Sequence (0074,1008): no Type, VR SQ, VM 1. Contact Information to communicate with performers of the Procedure Step. Zero or more Items shall be included in this Sequence."""

    ProcedureStepCancellationDateTime: Annotated[
        vr.DT | None,
        Attribute(0x00404052, "DT", "1", None, name="Procedure Step Cancellation DateTime"),
    ] = None
    """Procedure Step Cancellation DateTime (0040,4052): no Type, VR DT, VM 1. Date and Time at which the procedure step was discontinued."""

    ReasonForCancellation: Annotated[
        vr.LT | None, Attribute(0x00741238, "LT", "1", None, name="Reason For Cancellation")
    ] = None
    """Reason For Cancellation (0074,1238): no Type, VR LT, VM 1. A textual description of the reason a procedure step was discontinued."""

    ProcedureStepDiscontinuationReasonCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x0074100E, "SQ", "1", None, name="Procedure Step Discontinuation Reason Code Sequence"
        ),
    ] = None
    """Procedure Step Discontinuation Reason Code Sequence (0074,100E): no Type, VR SQ, VM 1. Coded Reason(s) for Discontinuing the Procedure Step. Zero or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContentItemModifierSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ProcedureStepCommunicationsURISequenceItem": (
        "dicomodel.items.procedure_step_communications_uri_sequence_item",
        "ProcedureStepCommunicationsURISequenceItem",
    ),
    "ProcedureStepDiscontinuationReasonCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ProcedureStepProgressParametersSequenceItem": (
        "dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step",
        "ProtocolContextSequenceItemScheduledProcedureStep",
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
