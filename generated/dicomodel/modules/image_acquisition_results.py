"""Image Acquisition Results Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.modality import ModalityTerm as _ModalityTerm
    from dicomodel.items.performed_series_sequence_item import (
        PerformedSeriesSequenceItem as _PerformedSeriesSequenceItem,
    )
    from dicomodel.items.scheduled_protocol_code_sequence_item_scheduled_procedure_step import (
        ScheduledProtocolCodeSequenceItemScheduledProcedureStep as _ScheduledProtocolCodeSequenceItemScheduledProcedureStep,
    )
else:
    from dicomodel.lazy import Lazy

    _ModalityTerm = Lazy("dicomodel.enums.modality", "ModalityTerm")
    _PerformedSeriesSequenceItem = Lazy(
        "dicomodel.items.performed_series_sequence_item", "PerformedSeriesSequenceItem"
    )
    _ScheduledProtocolCodeSequenceItemScheduledProcedureStep = Lazy(
        "dicomodel.items.scheduled_protocol_code_sequence_item_scheduled_procedure_step",
        "ScheduledProtocolCodeSequenceItemScheduledProcedureStep",
    )

if TYPE_CHECKING:
    from dicomodel.enums.archive_requested import ArchiveRequested as ArchiveRequested
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.modality import ModalityTerm as ModalityTerm
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SeriesDescriptionCodeSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as ContentItemModifierSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.performed_series_sequence_item import (
        PerformedSeriesSequenceItem as PerformedSeriesSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as OperatorIdentificationSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as PerformingPhysicianIdentificationSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step import (
        ProtocolContextSequenceItemScheduledProcedureStep as ProtocolContextSequenceItem,
    )
    from dicomodel.items.referenced_image_sequence_item_image_acquisition_results import (
        ReferencedImageSequenceItemImageAcquisitionResults as ReferencedImageSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.scheduled_protocol_code_sequence_item_scheduled_procedure_step import (
        ScheduledProtocolCodeSequenceItemScheduledProcedureStep as PerformedProtocolCodeSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedNonImageCompositeSOPInstanceSequenceItem,
    )
    from dicomodel.items.specimen_description_sequence_item_image_acquisition_results import (
        SpecimenDescriptionSequenceItemImageAcquisitionResults as SpecimenDescriptionSequenceItem,
    )

__all__ = [
    "ArchiveRequested",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "ImageAcquisitionResultsModule",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ModalityTerm",
    "OperatorIdentificationSequenceItem",
    "PerformedProtocolCodeSequenceItem",
    "PerformedSeriesSequenceItem",
    "PerformingPhysicianIdentificationSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "ProtocolContextSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedNonImageCompositeSOPInstanceSequenceItem",
    "ReferencedSOPSequenceItem",
    "SeriesDescriptionCodeSequenceItem",
    "SpecimenDescriptionSequenceItem",
    "ValueType",
]


class ImageAcquisitionResultsModule(DicomModel):
    """Image Acquisition Results Module Attributes (PS3.3 Table C.4-15)."""

    dicom_name: ClassVar[str] = "Image Acquisition Results"
    dicom_table: ClassVar[str] = "table_C.4-15"

    Modality: Annotated[
        _ModalityTerm | vr.CS | None, Attribute(0x00080060, "CS", "1", None, name="Modality")
    ] = None
    """Modality (0008,0060): no Type, VR CS, VM 1. Type of device, process or method that originally acquired the data used to create the Instances associated with this Modality Performed Procedure Step. See Section C.7.3.1.1.1 for Defined Terms."""

    StudyID: Annotated[vr.SH | None, Attribute(0x00200010, "SH", "1", None, name="Study ID")] = None
    """Study ID (0020,0010): no Type, VR SH, VM 1. User or equipment generated Study Identifier."""

    PerformedProtocolCodeSequence: Annotated[
        list[_ScheduledProtocolCodeSequenceItemScheduledProcedureStep] | None,
        Attribute(0x00400260, "SQ", "1", None, name="Performed Protocol Code Sequence"),
    ] = None
    """Performed Protocol Code Sequence (0040,0260): no Type, VR SQ, VM 1. Sequence describing the Protocol performed for this Procedure Step. Zero or more Items shall be included in this Sequence."""

    PerformedSeriesSequence: Annotated[
        list[_PerformedSeriesSequenceItem] | None,
        Attribute(0x00400340, "SQ", "1", None, name="Performed Series Sequence"),
    ] = None
    """Performed Series Sequence (0040,0340): no Type, VR SQ, VM 1. Attributes of the Series that comprise this Modality Performed Procedure Step. Zero or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ArchiveRequested": ("dicomodel.enums.archive_requested", "ArchiveRequested"),
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
    "InstitutionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ModalityTerm": ("dicomodel.enums.modality", "ModalityTerm"),
    "OperatorIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "PerformedProtocolCodeSequenceItem": (
        "dicomodel.items.scheduled_protocol_code_sequence_item_scheduled_procedure_step",
        "ScheduledProtocolCodeSequenceItemScheduledProcedureStep",
    ),
    "PerformedSeriesSequenceItem": (
        "dicomodel.items.performed_series_sequence_item",
        "PerformedSeriesSequenceItem",
    ),
    "PerformingPhysicianIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ProtocolContextSequenceItem": (
        "dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step",
        "ProtocolContextSequenceItemScheduledProcedureStep",
    ),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.referenced_image_sequence_item_image_acquisition_results",
        "ReferencedImageSequenceItemImageAcquisitionResults",
    ),
    "ReferencedNonImageCompositeSOPInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "SeriesDescriptionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "SpecimenDescriptionSequenceItem": (
        "dicomodel.items.specimen_description_sequence_item_image_acquisition_results",
        "SpecimenDescriptionSequenceItemImageAcquisitionResults",
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
