"""Unified Procedure Step Performed Procedure Information Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.unified_procedure_step_performed_procedure_sequence_item import (
        UnifiedProcedureStepPerformedProcedureSequenceItem as _UnifiedProcedureStepPerformedProcedureSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _UnifiedProcedureStepPerformedProcedureSequenceItem = Lazy(
        "dicomodel.items.unified_procedure_step_performed_procedure_sequence_item",
        "UnifiedProcedureStepPerformedProcedureSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.type_of_instances import TypeOfInstancesTerm as TypeOfInstancesTerm
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.actual_human_performers_sequence_item import (
        ActualHumanPerformersSequenceItem as ActualHumanPerformersSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as HumanPerformerCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PerformedStationClassCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PerformedStationGeographicLocationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PerformedStationNameCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PerformedWorkitemCodeSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as ContentItemModifierSequenceItem
    from dicomodel.items.dicom_media_retrieval_sequence_item import (
        DICOMMediaRetrievalSequenceItem as DICOMMediaRetrievalSequenceItem,
    )
    from dicomodel.items.dicom_retrieval_sequence_item import (
        DICOMRetrievalSequenceItem as DICOMRetrievalSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step import (
        ProtocolContextSequenceItemScheduledProcedureStep as PerformedProcessingParametersSequenceItem,
    )
    from dicomodel.items.referenced_instances_and_access_item import (
        ReferencedInstancesAndAccessItem as OutputInformationSequenceItem,
    )
    from dicomodel.items.unified_procedure_step_performed_procedure_sequence_item import (
        UnifiedProcedureStepPerformedProcedureSequenceItem as UnifiedProcedureStepPerformedProcedureSequenceItem,
    )
    from dicomodel.items.wado_retrieval_sequence_item import (
        WADORetrievalSequenceItem as WADORetrievalSequenceItem,
    )
    from dicomodel.items.wadors_retrieval_sequence_item import (
        WADORSRetrievalSequenceItem as WADORSRetrievalSequenceItem,
    )
    from dicomodel.items.xds_retrieval_sequence_item import (
        XDSRetrievalSequenceItem as XDSRetrievalSequenceItem,
    )

__all__ = [
    "ActualHumanPerformersSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "DICOMMediaRetrievalSequenceItem",
    "DICOMRetrievalSequenceItem",
    "EquivalentCodeSequenceItem",
    "HumanPerformerCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "OutputInformationSequenceItem",
    "PerformedProcessingParametersSequenceItem",
    "PerformedStationClassCodeSequenceItem",
    "PerformedStationGeographicLocationCodeSequenceItem",
    "PerformedStationNameCodeSequenceItem",
    "PerformedWorkitemCodeSequenceItem",
    "TypeOfInstancesTerm",
    "UnifiedProcedureStepPerformedProcedureInformationModule",
    "UnifiedProcedureStepPerformedProcedureSequenceItem",
    "ValueType",
    "WADORSRetrievalSequenceItem",
    "WADORetrievalSequenceItem",
    "XDSRetrievalSequenceItem",
]


class UnifiedProcedureStepPerformedProcedureInformationModule(DicomModel):
    """Unified Procedure Step Performed Procedure Information Module Attributes (PS3.3 Table C.30.3-1)."""

    dicom_name: ClassVar[str] = "Unified Procedure Step Performed Procedure Information"
    dicom_table: ClassVar[str] = "table_C.30.3-1"

    UnifiedProcedureStepPerformedProcedureSequence: Annotated[
        list[_UnifiedProcedureStepPerformedProcedureSequenceItem] | None,
        Attribute(
            0x00741216, "SQ", "1", None, name="Unified Procedure Step Performed Procedure Sequence"
        ),
    ] = None
    """Unified Procedure Step Performed Procedure Sequence (0074,1216): no Type, VR SQ, VM 1. Details of the Procedure Step as performed. Zero or one Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ActualHumanPerformersSequenceItem": (
        "dicomodel.items.actual_human_performers_sequence_item",
        "ActualHumanPerformersSequenceItem",
    ),
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContentItemModifierSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DICOMMediaRetrievalSequenceItem": (
        "dicomodel.items.dicom_media_retrieval_sequence_item",
        "DICOMMediaRetrievalSequenceItem",
    ),
    "DICOMRetrievalSequenceItem": (
        "dicomodel.items.dicom_retrieval_sequence_item",
        "DICOMRetrievalSequenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "HumanPerformerCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "OutputInformationSequenceItem": (
        "dicomodel.items.referenced_instances_and_access_item",
        "ReferencedInstancesAndAccessItem",
    ),
    "PerformedProcessingParametersSequenceItem": (
        "dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step",
        "ProtocolContextSequenceItemScheduledProcedureStep",
    ),
    "PerformedStationClassCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PerformedStationGeographicLocationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PerformedStationNameCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PerformedWorkitemCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "TypeOfInstancesTerm": ("dicomodel.enums.type_of_instances", "TypeOfInstancesTerm"),
    "UnifiedProcedureStepPerformedProcedureSequenceItem": (
        "dicomodel.items.unified_procedure_step_performed_procedure_sequence_item",
        "UnifiedProcedureStepPerformedProcedureSequenceItem",
    ),
    "ValueType": ("dicomodel.enums.value_type", "ValueType"),
    "WADORSRetrievalSequenceItem": (
        "dicomodel.items.wadors_retrieval_sequence_item",
        "WADORSRetrievalSequenceItem",
    ),
    "WADORetrievalSequenceItem": (
        "dicomodel.items.wado_retrieval_sequence_item",
        "WADORetrievalSequenceItem",
    ),
    "XDSRetrievalSequenceItem": (
        "dicomodel.items.xds_retrieval_sequence_item",
        "XDSRetrievalSequenceItem",
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
