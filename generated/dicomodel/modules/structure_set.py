"""Structure Set Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.referenced_frame_of_reference_sequence_item import (
        ReferencedFrameOfReferenceSequenceItem as _ReferencedFrameOfReferenceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
    from dicomodel.items.source_series_information_sequence_item import (
        SourceSeriesInformationSequenceItem as _SourceSeriesInformationSequenceItem,
    )
    from dicomodel.items.structure_set_roi_sequence_item import (
        StructureSetROISequenceItem as _StructureSetROISequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ReferencedFrameOfReferenceSequenceItem = Lazy(
        "dicomodel.items.referenced_frame_of_reference_sequence_item",
        "ReferencedFrameOfReferenceSequenceItem",
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )
    _SourceSeriesInformationSequenceItem = Lazy(
        "dicomodel.items.source_series_information_sequence_item",
        "SourceSeriesInformationSequenceItem",
    )
    _StructureSetROISequenceItem = Lazy(
        "dicomodel.items.structure_set_roi_sequence_item", "StructureSetROISequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.observer_type import ObserverType as ObserverType
    from dicomodel.enums.roi_generation_algorithm import (
        ROIGenerationAlgorithmTerm as ROIGenerationAlgorithmTerm,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as ConceptualVolumeDerivationAlgorithmSequenceItem,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as ROIDerivationAlgorithmIdentificationSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DerivationCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OrganizationalRoleCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as RTProtocolCodeSequenceItem
    from dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item import (
        ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeConstituentSegmentationReferenceSequenceItem,
    )
    from dicomodel.items.conceptual_volume_item import (
        ConceptualVolumeItem as ConceptualVolumeIdentificationSequenceItem,
    )
    from dicomodel.items.definition_source_sequence_item_structure_set import (
        DefinitionSourceSequenceItemStructureSet as DefinitionSourceSequenceItem,
    )
    from dicomodel.items.derivation_conceptual_volume_sequence_item import (
        DerivationConceptualVolumeSequenceItem as DerivationConceptualVolumeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.equivalent_conceptual_volumes_sequence_item import (
        EquivalentConceptualVolumesSequenceItem as EquivalentConceptualVolumesSequenceItem,
    )
    from dicomodel.items.identified_person_or_device_item import (
        IdentifiedPersonOrDeviceItem as ROICreatorSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ContourImageSequenceItem,
    )
    from dicomodel.items.referenced_frame_of_reference_sequence_item import (
        ReferencedFrameOfReferenceSequenceItem as ReferencedFrameOfReferenceSequenceItem,
    )
    from dicomodel.items.rt_referenced_series_sequence_item import (
        RTReferencedSeriesSequenceItem as RTReferencedSeriesSequenceItem,
    )
    from dicomodel.items.rt_referenced_study_sequence_item import (
        RTReferencedStudySequenceItem as RTReferencedStudySequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as EquivalentConceptualVolumeInstanceReferenceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as OriginatingSOPInstanceReferenceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as PredecessorStructureSetSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedDirectSegmentInstanceSequenceItem,
    )
    from dicomodel.items.source_conceptual_volume_sequence_item import (
        SourceConceptualVolumeSequenceItem as SourceConceptualVolumeSequenceItem,
    )
    from dicomodel.items.source_series_information_sequence_item import (
        SourceSeriesInformationSequenceItem as SourceSeriesInformationSequenceItem,
    )
    from dicomodel.items.structure_set_roi_sequence_item import (
        StructureSetROISequenceItem as StructureSetROISequenceItem,
    )

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    "ConceptualVolumeDerivationAlgorithmSequenceItem",
    "ConceptualVolumeIdentificationSequenceItem",
    "ContextGroupExtensionFlag",
    "ContourImageSequenceItem",
    "DefinitionSourceSequenceItem",
    "DerivationCodeSequenceItem",
    "DerivationConceptualVolumeSequenceItem",
    "EquivalentCodeSequenceItem",
    "EquivalentConceptualVolumeInstanceReferenceSequenceItem",
    "EquivalentConceptualVolumesSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "ObserverType",
    "OrganizationalRoleCodeSequenceItem",
    "OriginatingSOPInstanceReferenceSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "PredecessorStructureSetSequenceItem",
    "ROICreatorSequenceItem",
    "ROIDerivationAlgorithmIdentificationSequenceItem",
    "ROIGenerationAlgorithmTerm",
    "RTProtocolCodeSequenceItem",
    "RTReferencedSeriesSequenceItem",
    "RTReferencedStudySequenceItem",
    "ReferencedDirectSegmentInstanceSequenceItem",
    "ReferencedFrameOfReferenceSequenceItem",
    "SourceConceptualVolumeSequenceItem",
    "SourceSeriesInformationSequenceItem",
    "StructureSetModule",
    "StructureSetROISequenceItem",
]


class StructureSetModule(DicomModel):
    """Structure Set Module Attributes (PS3.3 Table C.8-41)."""

    dicom_name: ClassVar[str] = "Structure Set"
    dicom_table: ClassVar[str] = "table_C.8-41"

    StructureSetLabel: Annotated[
        vr.SH, Attribute(0x30060002, "SH", "1", "1", name="Structure Set Label")
    ]
    """Structure Set Label (3006,0002): Type 1, VR SH, VM 1. User-defined label for Structure Set."""

    StructureSetName: Annotated[
        vr.LO | None, Attribute(0x30060004, "LO", "1", "3", name="Structure Set Name")
    ] = None
    """Structure Set Name (3006,0004): Type 3, VR LO, VM 1. User-defined name for Structure Set."""

    StructureSetDescription: Annotated[
        vr.ST | None, Attribute(0x30060006, "ST", "1", "3", name="Structure Set Description")
    ] = None
    """Structure Set Description (3006,0006): Type 3, VR ST, VM 1. User-defined description for Structure Set."""

    InstanceNumber: Annotated[
        vr.IS | None, Attribute(0x00200013, "IS", "1", "3", name="Instance Number")
    ] = None
    """Instance Number (0020,0013): Type 3, VR IS, VM 1. A number that identifies this object Instance."""

    StructureSetDate: Annotated[
        vr.DA | None, Attribute(0x30060008, "DA", "1", "2", name="Structure Set Date")
    ]
    """Structure Set Date (3006,0008): Type 2, VR DA, VM 1. Date at which the content of the Structure Set was last modified."""

    StructureSetTime: Annotated[
        vr.TM | None, Attribute(0x30060009, "TM", "1", "2", name="Structure Set Time")
    ]
    """Structure Set Time (3006,0009): Type 2, VR TM, VM 1. Time at which the content of the Structure Set was last modified."""

    ReferencedFrameOfReferenceSequence: Annotated[
        list[_ReferencedFrameOfReferenceSequenceItem] | None,
        Attribute(0x30060010, "SQ", "1", "3", name="Referenced Frame of Reference Sequence"),
    ] = None
    """Referenced Frame of Reference Sequence (3006,0010): Type 3, VR SQ, VM 1. Sequence describing Frames of Reference in which the ROIs are defined. One or more Items are permitted in this Sequence. See Section C.8.8.5.1."""

    SourceSeriesInformationSequence: Annotated[
        list[_SourceSeriesInformationSequenceItem] | None,
        Attribute(0x3006004C, "SQ", "1", "3", name="Source Series Information Sequence"),
    ] = None
    """Source Series Information Sequence (3006,004C): Type 3, VR SQ, VM 1. Information about Image Series that are sources of ROIs in this Instance. This also includes Series present in the RT Referenced Series Sequence (3006,0014)."""

    StructureSetROISequence: Annotated[
        list[_StructureSetROISequenceItem],
        Attribute(0x30060020, "SQ", "1", "1", name="Structure Set ROI Sequence"),
    ]
    """Structure Set ROI Sequence (3006,0020): Type 1, VR SQ, VM 1. ROIs for current Structure Set. One or more Items shall be included in this Sequence."""

    PredecessorStructureSetSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x30060018, "SQ", "1", "3", name="Predecessor Structure Set Sequence"),
    ] = None
    """Predecessor Structure Set Sequence (3006,0018): Type 3, VR SQ, VM 1. The Structure Set that has been used to derive the current Structure Set. Only a single Item is permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem": (
        "dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item",
        "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    ),
    "ConceptualVolumeDerivationAlgorithmSequenceItem": (
        "dicomodel.items.algorithm_identification_item",
        "AlgorithmIdentificationItem",
    ),
    "ConceptualVolumeIdentificationSequenceItem": (
        "dicomodel.items.conceptual_volume_item",
        "ConceptualVolumeItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "ContourImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "DefinitionSourceSequenceItem": (
        "dicomodel.items.definition_source_sequence_item_structure_set",
        "DefinitionSourceSequenceItemStructureSet",
    ),
    "DerivationCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "DerivationConceptualVolumeSequenceItem": (
        "dicomodel.items.derivation_conceptual_volume_sequence_item",
        "DerivationConceptualVolumeSequenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "EquivalentConceptualVolumeInstanceReferenceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "EquivalentConceptualVolumesSequenceItem": (
        "dicomodel.items.equivalent_conceptual_volumes_sequence_item",
        "EquivalentConceptualVolumesSequenceItem",
    ),
    "InstitutionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "ObserverType": ("dicomodel.enums.observer_type", "ObserverType"),
    "OrganizationalRoleCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "OriginatingSOPInstanceReferenceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PredecessorStructureSetSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ROICreatorSequenceItem": (
        "dicomodel.items.identified_person_or_device_item",
        "IdentifiedPersonOrDeviceItem",
    ),
    "ROIDerivationAlgorithmIdentificationSequenceItem": (
        "dicomodel.items.algorithm_identification_item",
        "AlgorithmIdentificationItem",
    ),
    "ROIGenerationAlgorithmTerm": (
        "dicomodel.enums.roi_generation_algorithm",
        "ROIGenerationAlgorithmTerm",
    ),
    "RTProtocolCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "RTReferencedSeriesSequenceItem": (
        "dicomodel.items.rt_referenced_series_sequence_item",
        "RTReferencedSeriesSequenceItem",
    ),
    "RTReferencedStudySequenceItem": (
        "dicomodel.items.rt_referenced_study_sequence_item",
        "RTReferencedStudySequenceItem",
    ),
    "ReferencedDirectSegmentInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedFrameOfReferenceSequenceItem": (
        "dicomodel.items.referenced_frame_of_reference_sequence_item",
        "ReferencedFrameOfReferenceSequenceItem",
    ),
    "SourceConceptualVolumeSequenceItem": (
        "dicomodel.items.source_conceptual_volume_sequence_item",
        "SourceConceptualVolumeSequenceItem",
    ),
    "SourceSeriesInformationSequenceItem": (
        "dicomodel.items.source_series_information_sequence_item",
        "SourceSeriesInformationSequenceItem",
    ),
    "StructureSetROISequenceItem": (
        "dicomodel.items.structure_set_roi_sequence_item",
        "StructureSetROISequenceItem",
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
