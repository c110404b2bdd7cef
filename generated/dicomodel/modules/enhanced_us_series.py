"""Enhanced US Series Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.modality import (
        ModalityEnhancedUSSeriesValue as _ModalityEnhancedUSSeriesValue,
    )
    from dicomodel.enums.performed_protocol_type import (
        PerformedProtocolTypeValue as _PerformedProtocolTypeValue,
    )
    from dicomodel.items.scheduled_protocol_code_sequence_item import (
        ScheduledProtocolCodeSequenceItem as _ScheduledProtocolCodeSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ModalityEnhancedUSSeriesValue = Lazy(
        "dicomodel.enums.modality", "ModalityEnhancedUSSeriesValue"
    )
    _PerformedProtocolTypeValue = Lazy(
        "dicomodel.enums.performed_protocol_type", "PerformedProtocolTypeValue"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )
    _ScheduledProtocolCodeSequenceItem = Lazy(
        "dicomodel.items.scheduled_protocol_code_sequence_item", "ScheduledProtocolCodeSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.modality import ModalityEnhancedUSSeries as Modality
    from dicomodel.enums.performed_protocol_type import (
        PerformedProtocolType as PerformedProtocolType,
    )
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
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedPerformedProcedureStepSequenceItem,
    )

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "EnhancedUSSeriesModule",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "Modality",
    "PerformedProtocolCodeSequenceItem",
    "PerformedProtocolType",
    "ProtocolContextSequenceItem",
    "ReferencedPerformedProcedureStepSequenceItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]


class EnhancedUSSeriesModule(DicomModel):
    """Enhanced US Series Module Attributes (PS3.3 Table C.8.24.1-1)."""

    dicom_name: ClassVar[str] = "Enhanced US Series"
    dicom_table: ClassVar[str] = "table_C.8.24.1-1"

    Modality: Annotated[
        _ModalityEnhancedUSSeriesValue,
        Attribute(0x00080060, "CS", "1", "1", name="Modality", enumerated=((0, ("US", "IVUS")),)),
    ]
    """Modality (0008,0060): Type 1, VR CS, VM 1. Type of device, process or method that originally acquired the data used to create the images in this Series. Enumerated Values: US IVUS See Section C.7.3.1.1.1 for further explanation."""

    ReferencedPerformedProcedureStepSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x00081111,
            "SQ",
            "1",
            "1C",
            name="Referenced Performed Procedure Step Sequence",
            when=(
                "unknown",
                "names no attribute: a Performed Procedure Step SOP Class was involved in the creation of this Series",
            ),
        ),
    ] = None
    """Referenced Performed Procedure Step Sequence (0008,1111): Type 1C, VR SQ, VM 1. Required if a Performed Procedure Step SOP Class was involved in the creation of this Series. Uniquely identifies the Performed Procedure Step SOP Instance to which the Series is related. Only a single Item shall be included in this Sequence."""

    PerformedProtocolCodeSequence: Annotated[
        list[_ScheduledProtocolCodeSequenceItem] | None,
        Attribute(
            0x00400260,
            "SQ",
            "1",
            "1C",
            name="Performed Protocol Code Sequence",
            when=(
                "unknown",
                "names no attribute: a Protocol is controlling the creation of this Series",
            ),
            otherwise="may",
        ),
    ] = None
    """Performed Protocol Code Sequence (0040,0260): Type 1C, VR SQ, VM 1. Required if a Protocol is controlling the creation of this Series. May be present otherwise. Sequence describing a Protocol being followed for this Procedure Step. Only a single Item shall be included in this Sequence. Required if a Protocol is controlling the creation of this Series. May be present otherwise."""

    PerformedProtocolType: Annotated[
        _PerformedProtocolTypeValue | None,
        Attribute(
            0x00400261,
            "CS",
            "1",
            "1C",
            name="Performed Protocol Type",
            enumerated=((0, ("STAGED", "NON_STAGED")),),
            when=("present", 0x00400260),
        ),
    ] = None
    """Performed Protocol Type (0040,0261): Type 1C, VR CS, VM 1. Required if Performed Protocol Code Sequence (0040,0260) is present. Type of protocol performed. Enumerated Values: STAGED NON_STAGED Required if Performed Protocol Code Sequence (0040,0260) is present."""


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
    "Modality": ("dicomodel.enums.modality", "ModalityEnhancedUSSeries"),
    "PerformedProtocolCodeSequenceItem": (
        "dicomodel.items.scheduled_protocol_code_sequence_item",
        "ScheduledProtocolCodeSequenceItem",
    ),
    "PerformedProtocolType": ("dicomodel.enums.performed_protocol_type", "PerformedProtocolType"),
    "ProtocolContextSequenceItem": (
        "dicomodel.items.protocol_context_sequence_item",
        "ProtocolContextSequenceItem",
    ),
    "ReferencedPerformedProcedureStepSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
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
