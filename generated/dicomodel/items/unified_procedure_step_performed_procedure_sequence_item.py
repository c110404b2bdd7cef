"""Item class UnifiedProcedureStepPerformedProcedureSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.actual_human_performers_sequence_item import (
        ActualHumanPerformersSequenceItem as _ActualHumanPerformersSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step import (
        ProtocolContextSequenceItemScheduledProcedureStep as _ProtocolContextSequenceItemScheduledProcedureStep,
    )
    from dicomodel.items.referenced_instances_and_access_item import (
        ReferencedInstancesAndAccessItem as _ReferencedInstancesAndAccessItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ActualHumanPerformersSequenceItem = Lazy(
        "dicomodel.items.actual_human_performers_sequence_item", "ActualHumanPerformersSequenceItem"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ProtocolContextSequenceItemScheduledProcedureStep = Lazy(
        "dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step",
        "ProtocolContextSequenceItemScheduledProcedureStep",
    )
    _ReferencedInstancesAndAccessItem = Lazy(
        "dicomodel.items.referenced_instances_and_access_item", "ReferencedInstancesAndAccessItem"
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
    "UnifiedProcedureStepPerformedProcedureSequenceItem",
    "ValueType",
    "WADORSRetrievalSequenceItem",
    "WADORetrievalSequenceItem",
    "XDSRetrievalSequenceItem",
]


class UnifiedProcedureStepPerformedProcedureSequenceItem(DicomModel):
    """An item of Unified Procedure Step Performed Procedure Sequence (0074,1216), as first defined in Unified Procedure Step Performed Procedure Information Module Attributes (C.30.3-1)."""

    dicom_name: ClassVar[str] = "Unified Procedure Step Performed Procedure Sequence"
    dicom_table: ClassVar[str] = "table_C.30.3-1"

    ActualHumanPerformersSequence: Annotated[
        list[_ActualHumanPerformersSequenceItem] | None,
        Attribute(0x00404035, "SQ", "1", None, name="Actual Human Performers Sequence"),
    ] = None
    """Actual Human Performers Sequence (0040,4035): no Type, VR SQ, VM 1. Human performers that are/were actually involved or responsible for performing the Procedure Step. Zero or more Items shall be included in this Sequence. Initially this list will be empty."""

    PerformedStationNameCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00404028, "SQ", "1", None, name="Performed Station Name Code Sequence"),
    ] = None
    """Performed Station Name Code Sequence (0040,4028): no Type, VR SQ, VM 1. Names within the enterprise of the equipment that performed the Procedure Step. This name may be the same as the AE Title, but does not have to be. Zero or more Items shall be included in this Sequence."""

    PerformedStationClassCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00404029, "SQ", "1", None, name="Performed Station Class Code Sequence"),
    ] = None
    """Performed Station Class Code Sequence (0040,4029): no Type, VR SQ, VM 1. Classes of the equipment that created the Procedure Step. Zero or more Items shall be included in this Sequence."""

    PerformedStationGeographicLocationCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00404030, "SQ", "1", None, name="Performed Station Geographic Location Code Sequence"
        ),
    ] = None
    """Performed Station Geographic Location Code Sequence (0040,4030): no Type, VR SQ, VM 1. Geographic locations of the equipment that created Procedure Step. Zero or more Items shall be included in this Sequence."""

    PerformedProcedureStepStartDateTime: Annotated[
        vr.DT | None,
        Attribute(0x00404050, "DT", "1", None, name="Performed Procedure Step Start DateTime"),
    ] = None
    """Performed Procedure Step Start DateTime (0040,4050): no Type, VR DT, VM 1. Date and Time at which the Procedure Step started."""

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

    PerformedWorkitemCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00404019, "SQ", "1", None, name="Performed Workitem Code Sequence"),
    ] = None
    """Performed Workitem Code Sequence (0040,4019): no Type, VR SQ, VM 1. Zero or more Items shall be present in this Sequence. A Sequence that conveys the type of procedure performed. Zero or more Items shall be present in this Sequence."""

    PerformedProcessingParametersSequence: Annotated[
        list[_ProtocolContextSequenceItemScheduledProcedureStep] | None,
        Attribute(0x00741212, "SQ", "1", None, name="Performed Processing Parameters Sequence"),
    ] = None
    """Performed Processing Parameters Sequence (0074,1212): no Type, VR SQ, VM 1. Zero or more Items shall be present in this Sequence. Parameters used to perform the procedure. Zero or more Items shall be present in this Sequence."""

    PerformedProcedureStepEndDateTime: Annotated[
        vr.DT | None,
        Attribute(0x00404051, "DT", "1", None, name="Performed Procedure Step End DateTime"),
    ] = None
    """Performed Procedure Step End DateTime (0040,4051): no Type, VR DT, VM 1. Date and Time at which the Procedure Step ended."""

    OutputInformationSequence: Annotated[
        list[_ReferencedInstancesAndAccessItem] | None,
        Attribute(0x00404033, "SQ", "1", None, name="Output Information Sequence"),
    ] = None
    """Output Information Sequence (0040,4033): no Type, VR SQ, VM 1. References to information created as part of the Procedure Step. Referencing unencapsulated HL7 documents is described further in Section C.12.1.1.6. Zero or more Items shall be included in this Sequence."""


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
