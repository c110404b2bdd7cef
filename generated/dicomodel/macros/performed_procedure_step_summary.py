"""Performed Procedure Step Summary Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.scheduled_protocol_code_sequence_item import (
        ScheduledProtocolCodeSequenceItem as _ScheduledProtocolCodeSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ScheduledProtocolCodeSequenceItem = Lazy(
        "dicomodel.items.scheduled_protocol_code_sequence_item", "ScheduledProtocolCodeSequenceItem"
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
    from dicomodel.items.content_item import ContentItem as ContentItemModifierSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item import (
        ProtocolContextSequenceItem as ProtocolContextSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.scheduled_protocol_code_sequence_item import (
        ScheduledProtocolCodeSequenceItem as PerformedProtocolCodeSequenceItem,
    )

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "PerformedProcedureStepSummaryMacro",
    "PerformedProtocolCodeSequenceItem",
    "ProtocolContextSequenceItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]


class PerformedProcedureStepSummaryMacro(DicomModel):
    """Performed Procedure Step Summary Macro Attributes (PS3.3 Table 10-16)."""

    dicom_name: ClassVar[str] = "Performed Procedure Step Summary"
    dicom_table: ClassVar[str] = "table_10-16"

    PerformedProcedureStepID: Annotated[
        vr.SH | None, Attribute(0x00400253, "SH", "1", "3", name="Performed Procedure Step ID")
    ] = None
    """Performed Procedure Step ID (0040,0253): Type 3, VR SH, VM 1. User or equipment generated identifier of that part of a Procedure that has been carried out within this step."""

    PerformedProcedureStepStartDate: Annotated[
        vr.DA | None,
        Attribute(0x00400244, "DA", "1", "3", name="Performed Procedure Step Start Date"),
    ] = None
    """Performed Procedure Step Start Date (0040,0244): Type 3, VR DA, VM 1. Date on which the Performed Procedure Step started."""

    PerformedProcedureStepStartTime: Annotated[
        vr.TM | None,
        Attribute(0x00400245, "TM", "1", "3", name="Performed Procedure Step Start Time"),
    ] = None
    """Performed Procedure Step Start Time (0040,0245): Type 3, VR TM, VM 1. Time on which the Performed Procedure Step started."""

    PerformedProcedureStepEndDate: Annotated[
        vr.DA | None,
        Attribute(0x00400250, "DA", "1", "3", name="Performed Procedure Step End Date"),
    ] = None
    """Performed Procedure Step End Date (0040,0250): Type 3, VR DA, VM 1. Date on which the Performed Procedure Step ended."""

    PerformedProcedureStepEndTime: Annotated[
        vr.TM | None,
        Attribute(0x00400251, "TM", "1", "3", name="Performed Procedure Step End Time"),
    ] = None
    """Performed Procedure Step End Time (0040,0251): Type 3, VR TM, VM 1. Time at which the Performed Procedure Step ended."""

    PerformedProcedureStepDescription: Annotated[
        vr.LO | None,
        Attribute(0x00400254, "LO", "1", "3", name="Performed Procedure Step Description"),
    ] = None
    """Performed Procedure Step Description (0040,0254): Type 3, VR LO, VM 1. Institution-generated description or classification of the Procedure Step that was performed."""

    PerformedProtocolCodeSequence: Annotated[
        list[_ScheduledProtocolCodeSequenceItem] | None,
        Attribute(0x00400260, "SQ", "1", "3", name="Performed Protocol Code Sequence"),
    ] = None
    """Performed Protocol Code Sequence (0040,0260): Type 3, VR SQ, VM 1. Sequence describing the Protocol performed for this Procedure Step. One or more Items are permitted in this Sequence."""

    CommentsOnThePerformedProcedureStep: Annotated[
        vr.ST | None,
        Attribute(0x00400280, "ST", "1", "3", name="Comments on the Performed Procedure Step"),
    ] = None
    """Comments on the Performed Procedure Step (0040,0280): Type 3, VR ST, VM 1. User-defined comments on the Performed Procedure Step."""


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
    "PerformedProtocolCodeSequenceItem": (
        "dicomodel.items.scheduled_protocol_code_sequence_item",
        "ScheduledProtocolCodeSequenceItem",
    ),
    "ProtocolContextSequenceItem": (
        "dicomodel.items.protocol_context_sequence_item",
        "ProtocolContextSequenceItem",
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
