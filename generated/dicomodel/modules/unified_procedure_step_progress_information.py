"""Unified Procedure Step Progress Information Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.procedure_step_state import (
        ProcedureStepStateValue as _ProcedureStepStateValue,
    )
    from dicomodel.items.procedure_step_progress_information_sequence_item import (
        ProcedureStepProgressInformationSequenceItem as _ProcedureStepProgressInformationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ProcedureStepProgressInformationSequenceItem = Lazy(
        "dicomodel.items.procedure_step_progress_information_sequence_item",
        "ProcedureStepProgressInformationSequenceItem",
    )
    _ProcedureStepStateValue = Lazy(
        "dicomodel.enums.procedure_step_state", "ProcedureStepStateValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.procedure_step_state import ProcedureStepState as ProcedureStepState
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
    from dicomodel.items.procedure_step_progress_information_sequence_item import (
        ProcedureStepProgressInformationSequenceItem as ProcedureStepProgressInformationSequenceItem,
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
    "ProcedureStepState",
    "ReferencedSOPSequenceItem",
    "UnifiedProcedureStepProgressInformationModule",
    "ValueType",
]


class UnifiedProcedureStepProgressInformationModule(DicomModel):
    """Unified Procedure Step Progress Information Module Attributes (PS3.3 Table C.30.1-1)."""

    dicom_name: ClassVar[str] = "Unified Procedure Step Progress Information"
    dicom_table: ClassVar[str] = "table_C.30.1-1"

    ProcedureStepState: Annotated[
        _ProcedureStepStateValue | None,
        Attribute(
            0x00741000,
            "CS",
            "1",
            None,
            name="Procedure Step State",
            enumerated=((0, ("SCHEDULED", "IN PROGRESS", "CANCELED", "COMPLETED")),),
        ),
    ] = None
    """Procedure Step State (0074,1000): no Type, VR CS, VM 1. State of the Procedure Step. Enumerated Values: SCHEDULED IN PROGRESS CANCELED COMPLETED See PS3.4 for details on Unified Procedure Step states."""

    ProcedureStepProgressInformationSequence: Annotated[
        list[_ProcedureStepProgressInformationSequenceItem] | None,
        Attribute(0x00741002, "SQ", "1", None, name="Progress Information Sequence"),
    ] = None
    """Progress Information Sequence (0074,1002): no Type, VR SQ, VM 1. Information about work progress for the Procedure Step. Zero or one Item shall be included in this Sequence."""


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
    "ProcedureStepProgressInformationSequenceItem": (
        "dicomodel.items.procedure_step_progress_information_sequence_item",
        "ProcedureStepProgressInformationSequenceItem",
    ),
    "ProcedureStepProgressParametersSequenceItem": (
        "dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step",
        "ProtocolContextSequenceItemScheduledProcedureStep",
    ),
    "ProcedureStepState": ("dicomodel.enums.procedure_step_state", "ProcedureStepState"),
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
