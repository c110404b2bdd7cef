"""Unified Procedure Step Scheduled Procedure Information Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.input_readiness_state import (
        InputReadinessStateValue as _InputReadinessStateValue,
    )
    from dicomodel.enums.scheduled_procedure_step_priority import (
        ScheduledProcedureStepPriorityValue as _ScheduledProcedureStepPriorityValue,
    )
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
    from dicomodel.items.storage_item import StorageItem as _StorageItem
else:
    from dicomodel.lazy import Lazy

    _ActualHumanPerformersSequenceItem = Lazy(
        "dicomodel.items.actual_human_performers_sequence_item", "ActualHumanPerformersSequenceItem"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _InputReadinessStateValue = Lazy(
        "dicomodel.enums.input_readiness_state", "InputReadinessStateValue"
    )
    _ProtocolContextSequenceItemScheduledProcedureStep = Lazy(
        "dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step",
        "ProtocolContextSequenceItemScheduledProcedureStep",
    )
    _ReferencedInstancesAndAccessItem = Lazy(
        "dicomodel.items.referenced_instances_and_access_item", "ReferencedInstancesAndAccessItem"
    )
    _ScheduledProcedureStepPriorityValue = Lazy(
        "dicomodel.enums.scheduled_procedure_step_priority", "ScheduledProcedureStepPriorityValue"
    )
    _StorageItem = Lazy("dicomodel.items.storage_item", "StorageItem")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.input_readiness_state import InputReadinessState as InputReadinessState
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.scheduled_procedure_step_priority import (
        ScheduledProcedureStepPriority as ScheduledProcedureStepPriority,
    )
    from dicomodel.enums.type_of_instances import TypeOfInstancesTerm as TypeOfInstancesTerm
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.actual_human_performers_sequence_item import (
        ActualHumanPerformersSequenceItem as ScheduledHumanPerformersSequenceItem,
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
        CodeSequenceItem as ScheduledStationClassCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ScheduledStationGeographicLocationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ScheduledStationNameCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ScheduledWorkitemCodeSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as ContentItemModifierSequenceItem
    from dicomodel.items.dicom_media_retrieval_sequence_item import (
        DICOMMediaRetrievalSequenceItem as DICOMMediaRetrievalSequenceItem,
    )
    from dicomodel.items.dicom_retrieval_sequence_item import (
        DICOMRetrievalSequenceItem as DICOMRetrievalSequenceItem,
    )
    from dicomodel.items.dicom_storage_sequence_item import (
        DICOMStorageSequenceItem as DICOMStorageSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step import (
        ProtocolContextSequenceItemScheduledProcedureStep as ScheduledProcessingParametersSequenceItem,
    )
    from dicomodel.items.referenced_instances_and_access_item import (
        ReferencedInstancesAndAccessItem as InputInformationSequenceItem,
    )
    from dicomodel.items.storage_item import StorageItem as OutputDestinationSequenceItem
    from dicomodel.items.stowrs_storage_sequence_item import (
        STOWRSStorageSequenceItem as STOWRSStorageSequenceItem,
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
    from dicomodel.items.xds_retrieval_sequence_item import (
        XDSRetrievalSequenceItem as XDSStorageSequenceItem,
    )

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "DICOMMediaRetrievalSequenceItem",
    "DICOMRetrievalSequenceItem",
    "DICOMStorageSequenceItem",
    "EquivalentCodeSequenceItem",
    "HumanPerformerCodeSequenceItem",
    "InputInformationSequenceItem",
    "InputReadinessState",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "OutputDestinationSequenceItem",
    "STOWRSStorageSequenceItem",
    "ScheduledHumanPerformersSequenceItem",
    "ScheduledProcedureStepPriority",
    "ScheduledProcessingParametersSequenceItem",
    "ScheduledStationClassCodeSequenceItem",
    "ScheduledStationGeographicLocationCodeSequenceItem",
    "ScheduledStationNameCodeSequenceItem",
    "ScheduledWorkitemCodeSequenceItem",
    "TypeOfInstancesTerm",
    "UnifiedProcedureStepScheduledProcedureInformationModule",
    "ValueType",
    "WADORSRetrievalSequenceItem",
    "WADORetrievalSequenceItem",
    "XDSRetrievalSequenceItem",
    "XDSStorageSequenceItem",
]


class UnifiedProcedureStepScheduledProcedureInformationModule(DicomModel):
    """Unified Procedure Step Scheduled Procedure Information Module Attributes (PS3.3 Table C.30.2-1)."""

    dicom_name: ClassVar[str] = "Unified Procedure Step Scheduled Procedure Information"
    dicom_table: ClassVar[str] = "table_C.30.2-1"

    ScheduledProcedureStepPriority: Annotated[
        _ScheduledProcedureStepPriorityValue | None,
        Attribute(
            0x00741200,
            "CS",
            "1",
            None,
            name="Scheduled Procedure Step Priority",
            enumerated=((0, ("HIGH", "MEDIUM", "LOW")),),
        ),
    ] = None
    """Scheduled Procedure Step Priority (0074,1200): no Type, VR CS, VM 1. Priority of the scheduled Procedure Step Enumerated Values: HIGH used to indicate an urgent or emergent work item, equivalent to a STAT request. MEDIUM used to indicate a work item that has a priority less than HIGH and higher than LOW."""

    ScheduledProcedureStepModificationDateTime: Annotated[
        vr.DT | None,
        Attribute(
            0x00404010, "DT", "1", None, name="Scheduled Procedure Step Modification Date and Time"
        ),
    ] = None
    """Scheduled Procedure Step Modification Date and Time (0040,4010): no Type, VR DT, VM 1. Date and time when the Scheduled Procedure Information was last modified or first created (whichever is most recent). This Attribute should be automatically updated by the worklist management system whenever any modification is made to Unif..."""

    WorklistLabel: Annotated[
        vr.LO | None, Attribute(0x00741202, "LO", "1", None, name="Worklist Label")
    ] = None
    """Worklist Label (0074,1202): no Type, VR LO, VM 1. A label identifying the worklist to which the Procedure Step Instance belongs."""

    ProcedureStepLabel: Annotated[
        vr.LO | None, Attribute(0x00741204, "LO", "1", None, name="Procedure Step Label")
    ] = None
    """Procedure Step Label (0074,1204): no Type, VR LO, VM 1. A label describing the task of the Procedure Step in text appropriate for displaying in the user selection interface."""

    CommentsOnTheScheduledProcedureStep: Annotated[
        vr.LT | None,
        Attribute(0x00400400, "LT", "1", None, name="Comments on the Scheduled Procedure Step"),
    ] = None
    """Comments on the Scheduled Procedure Step (0040,0400): no Type, VR LT, VM 1. User-defined comments on the scheduled Procedure Step."""

    ScheduledStationNameCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00404025, "SQ", "1", None, name="Scheduled Station Name Code Sequence"),
    ] = None
    """Scheduled Station Name Code Sequence (0040,4025): no Type, VR SQ, VM 1. Identifying names within the enterprise of the equipment for which the Procedure Step is scheduled. The names conveyed in Code Value (0008,0100) may be the same as the AE Titles, but do not have to be."""

    ScheduledStationClassCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00404026, "SQ", "1", None, name="Scheduled Station Class Code Sequence"),
    ] = None
    """Scheduled Station Class Code Sequence (0040,4026): no Type, VR SQ, VM 1. Classes of the equipment for which the Procedure Step is scheduled. Zero or more Items shall be included in this Sequence."""

    ScheduledStationGeographicLocationCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00404027, "SQ", "1", None, name="Scheduled Station Geographic Location Code Sequence"
        ),
    ] = None
    """Scheduled Station Geographic Location Code Sequence (0040,4027): no Type, VR SQ, VM 1. Geographic locations of the equipment for which the Procedure Step is scheduled. Zero or more Items shall be included in this Sequence."""

    ScheduledHumanPerformersSequence: Annotated[
        list[_ActualHumanPerformersSequenceItem] | None,
        Attribute(0x00404034, "SQ", "1", None, name="Scheduled Human Performers Sequence"),
    ] = None
    """Scheduled Human Performers Sequence (0040,4034): no Type, VR SQ, VM 1. Human performers that are scheduled to be involved or responsible for performing the Procedure Step. Zero or more Items shall be included in this Sequence."""

    ScheduledProcedureStepStartDateTime: Annotated[
        vr.DT | None,
        Attribute(0x00404005, "DT", "1", None, name="Scheduled Procedure Step Start DateTime"),
    ] = None
    """Scheduled Procedure Step Start DateTime (0040,4005): no Type, VR DT, VM 1. Date and time at which the Procedure Step is scheduled to start."""

    ExpectedCompletionDateTime: Annotated[
        vr.DT | None, Attribute(0x00404011, "DT", "1", None, name="Expected Completion DateTime")
    ] = None
    """Expected Completion DateTime (0040,4011): no Type, VR DT, VM 1. Date and time at which the Procedure Step is expected to be completed."""

    ScheduledProcedureStepExpirationDateTime: Annotated[
        vr.DT | None,
        Attribute(0x00404008, "DT", "1", None, name="Scheduled Procedure Step Expiration DateTime"),
    ] = None
    """Scheduled Procedure Step Expiration DateTime (0040,4008): no Type, VR DT, VM 1. Date and time after which the Procedure Step is meaningless or undesirable."""

    ScheduledWorkitemCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00404018, "SQ", "1", None, name="Scheduled Workitem Code Sequence"),
    ] = None
    """Scheduled Workitem Code Sequence (0040,4018): no Type, VR SQ, VM 1. Coded description of the Procedure Step. Only a single Item shall be included in this Sequence."""

    ScheduledProcessingParametersSequence: Annotated[
        list[_ProtocolContextSequenceItemScheduledProcedureStep] | None,
        Attribute(0x00741210, "SQ", "1", None, name="Scheduled Processing Parameters Sequence"),
    ] = None
    """Scheduled Processing Parameters Sequence (0074,1210): no Type, VR SQ, VM 1. Processing parameters to be used by the performing system when carrying out the Procedure Step. Zero or more Items shall be included in this Sequence."""

    InputReadinessState: Annotated[
        _InputReadinessStateValue | None,
        Attribute(
            0x00404041,
            "CS",
            "1",
            None,
            name="Input Readiness State",
            enumerated=((0, ("INCOMPLETE", "UNAVAILABLE", "READY")),),
        ),
    ] = None
    """Input Readiness State (0040,4041): no Type, VR CS, VM 1. Readiness state of the Input Information Sequence (0040,4021) and the referenced Instances. Enumerated Values: INCOMPLETE The Input Information Sequence is not yet complete and additional Instance references might be added."""

    InputInformationSequence: Annotated[
        list[_ReferencedInstancesAndAccessItem] | None,
        Attribute(0x00404021, "SQ", "1", None, name="Input Information Sequence"),
    ] = None
    """Input Information Sequence (0040,4021): no Type, VR SQ, VM 1. References to Information Objects needed to perform the scheduled Procedure Step. Referencing unencapsulated HL7 documents is described further in Section C.12.1.1.6. See also Input Readiness State (0040,4041)."""

    StudyInstanceUID: Annotated[
        vr.UI | None, Attribute(0x0020000D, "UI", "1", None, name="Study Instance UID")
    ] = None
    """Study Instance UID (0020,000D): no Type, VR UI, VM 1. Unique Study identification that shall be used for the created Composite SOP Instances resulting from this Unified Procedure Step."""

    OutputDestinationSequence: Annotated[
        list[_StorageItem] | None,
        Attribute(0x00404070, "SQ", "1", None, name="Output Destination Sequence"),
    ] = None
    """Output Destination Sequence (0040,4070): no Type, VR SQ, VM 1. The destination to which the performer is requested to store the output objects generated Zero or more Items shall be included in this Sequence. Each Item constitutes a separate storage request."""

    TreatmentSessionUID: Annotated[
        vr.UI | None, Attribute(0x300A0700, "UI", "1", None, name="Treatment Session UID")
    ] = None
    """Treatment Session UID (300A,0700): no Type, VR UI, VM 1. A unique identifier of the RT Treatment Session to which Instances created during this Procedure Step will belong."""


_EXPORTS: dict[str, tuple[str, str]] = {
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
    "DICOMStorageSequenceItem": (
        "dicomodel.items.dicom_storage_sequence_item",
        "DICOMStorageSequenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "HumanPerformerCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InputInformationSequenceItem": (
        "dicomodel.items.referenced_instances_and_access_item",
        "ReferencedInstancesAndAccessItem",
    ),
    "InputReadinessState": ("dicomodel.enums.input_readiness_state", "InputReadinessState"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "OutputDestinationSequenceItem": ("dicomodel.items.storage_item", "StorageItem"),
    "STOWRSStorageSequenceItem": (
        "dicomodel.items.stowrs_storage_sequence_item",
        "STOWRSStorageSequenceItem",
    ),
    "ScheduledHumanPerformersSequenceItem": (
        "dicomodel.items.actual_human_performers_sequence_item",
        "ActualHumanPerformersSequenceItem",
    ),
    "ScheduledProcedureStepPriority": (
        "dicomodel.enums.scheduled_procedure_step_priority",
        "ScheduledProcedureStepPriority",
    ),
    "ScheduledProcessingParametersSequenceItem": (
        "dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step",
        "ProtocolContextSequenceItemScheduledProcedureStep",
    ),
    "ScheduledStationClassCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ScheduledStationGeographicLocationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ScheduledStationNameCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ScheduledWorkitemCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
    "XDSStorageSequenceItem": (
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
