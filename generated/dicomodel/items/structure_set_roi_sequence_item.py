"""Item class StructureSetROISequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.roi_generation_algorithm import (
        ROIGenerationAlgorithmTerm as _ROIGenerationAlgorithmTerm,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as _AlgorithmIdentificationItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.conceptual_volume_item import ConceptualVolumeItem as _ConceptualVolumeItem
    from dicomodel.items.definition_source_sequence_item_structure_set import (
        DefinitionSourceSequenceItemStructureSet as _DefinitionSourceSequenceItemStructureSet,
    )
    from dicomodel.items.identified_person_or_device_item import (
        IdentifiedPersonOrDeviceItem as _IdentifiedPersonOrDeviceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AlgorithmIdentificationItem = Lazy(
        "dicomodel.items.algorithm_identification_item", "AlgorithmIdentificationItem"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ConceptualVolumeItem = Lazy("dicomodel.items.conceptual_volume_item", "ConceptualVolumeItem")
    _DefinitionSourceSequenceItemStructureSet = Lazy(
        "dicomodel.items.definition_source_sequence_item_structure_set",
        "DefinitionSourceSequenceItemStructureSet",
    )
    _IdentifiedPersonOrDeviceItem = Lazy(
        "dicomodel.items.identified_person_or_device_item", "IdentifiedPersonOrDeviceItem"
    )
    _ROIGenerationAlgorithmTerm = Lazy(
        "dicomodel.enums.roi_generation_algorithm", "ROIGenerationAlgorithmTerm"
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
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as EquivalentConceptualVolumeInstanceReferenceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as OriginatingSOPInstanceReferenceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedDirectSegmentInstanceSequenceItem,
    )
    from dicomodel.items.source_conceptual_volume_sequence_item import (
        SourceConceptualVolumeSequenceItem as SourceConceptualVolumeSequenceItem,
    )

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    "ConceptualVolumeDerivationAlgorithmSequenceItem",
    "ConceptualVolumeIdentificationSequenceItem",
    "ContextGroupExtensionFlag",
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
    "ROICreatorSequenceItem",
    "ROIDerivationAlgorithmIdentificationSequenceItem",
    "ROIGenerationAlgorithmTerm",
    "RTProtocolCodeSequenceItem",
    "ReferencedDirectSegmentInstanceSequenceItem",
    "SourceConceptualVolumeSequenceItem",
    "StructureSetROISequenceItem",
]


class StructureSetROISequenceItem(DicomModel):
    """An item of Structure Set ROI Sequence (3006,0020), as first defined in Structure Set Module Attributes (C.8-41)."""

    dicom_name: ClassVar[str] = "Structure Set ROI Sequence"
    dicom_table: ClassVar[str] = "table_C.8-41"

    ROINumber: Annotated[vr.IS, Attribute(0x30060022, "IS", "1", "1", name="ROI Number")]
    """ROI Number (3006,0022): Type 1, VR IS, VM 1. Identification number of the ROI. The value of ROI Number (3006,0022) shall be unique within the Structure Set in which it is created."""

    ConceptualVolumeIdentificationSequence: Annotated[
        list[_ConceptualVolumeItem] | None,
        Attribute(0x301000A0, "SQ", "1", "3", name="Conceptual Volume Identification Sequence"),
    ] = None
    """Conceptual Volume Identification Sequence (3010,00A0): Type 3, VR SQ, VM 1. Identifies the Conceptual Volume which is represented by this ROI. Only a single Item is permitted in this Sequence."""

    ReferencedFrameOfReferenceUID: Annotated[
        vr.UI, Attribute(0x30060024, "UI", "1", "1", name="Referenced Frame of Reference UID")
    ]
    """Referenced Frame of Reference UID (3006,0024): Type 1, VR UI, VM 1. Uniquely identifies Frame of Reference in which ROI is defined, specified by Frame of Reference UID (0020,0052) in Referenced Frame of Reference Sequence (3006,0010)."""

    ROIName: Annotated[vr.LO | None, Attribute(0x30060026, "LO", "1", "2", name="ROI Name")]
    """ROI Name (3006,0026): Type 2, VR LO, VM 1. User-defined name for ROI."""

    ROIDescription: Annotated[
        vr.ST | None, Attribute(0x30060028, "ST", "1", "3", name="ROI Description")
    ] = None
    """ROI Description (3006,0028): Type 3, VR ST, VM 1. User-defined description for ROI."""

    ROIVolume: Annotated[vr.DS | None, Attribute(0x3006002C, "DS", "1", "3", name="ROI Volume")] = (
        None
    )
    """ROI Volume (3006,002C): Type 3, VR DS, VM 1. Volume of ROI (cubic centimeters)."""

    ROIDateTime: Annotated[
        vr.DT | None, Attribute(0x3006002D, "DT", "1", "3", name="ROI DateTime")
    ] = None
    """ROI DateTime (3006,002D): Type 3, VR DT, VM 1. DateTime when this ROI was created."""

    ROIGenerationAlgorithm: Annotated[
        _ROIGenerationAlgorithmTerm | vr.CS | None,
        Attribute(0x30060036, "CS", "1", "2", name="ROI Generation Algorithm"),
    ]
    """ROI Generation Algorithm (3006,0036): Type 2, VR CS, VM 1. Type of algorithm used to generate ROI. Defined Terms: AUTOMATIC calculated ROI SEMIAUTOMATIC ROI calculated with user assistance MANUAL user-entered ROI"""

    ROIGenerationDescription: Annotated[
        vr.LO | None, Attribute(0x30060038, "LO", "1", "3", name="ROI Generation Description")
    ] = None
    """ROI Generation Description (3006,0038): Type 3, VR LO, VM 1. User-defined description of technique used to generate ROI."""

    RTProtocolCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x3010005B, "SQ", "1", "3", name="RT Protocol Code Sequence"),
    ] = None
    """RT Protocol Code Sequence (3010,005B): Type 3, VR SQ, VM 1. The protocol(s) selected by the RT Physician. One or more Items are permitted in this Sequence. See Section C.36.5.1.2."""

    ROICreatorSequence: Annotated[
        list[_IdentifiedPersonOrDeviceItem] | None,
        Attribute(0x3006004D, "SQ", "1", "3", name="ROI Creator Sequence"),
    ] = None
    """ROI Creator Sequence (3006,004D): Type 3, VR SQ, VM 1. The person or device that last modified this ROI. Only a single Item is permitted in this Sequence."""

    ROIDerivationAlgorithmIdentificationSequence: Annotated[
        list[_AlgorithmIdentificationItem] | None,
        Attribute(
            0x30060037, "SQ", "1", "3", name="ROI Derivation Algorithm Identification Sequence"
        ),
    ] = None
    """ROI Derivation Algorithm Identification Sequence (3006,0037): Type 3, VR SQ, VM 1. Software algorithm that derived the ROI. Only a single Item is permitted in this Sequence."""

    DerivationCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00089215, "SQ", "1", "3", name="Derivation Code Sequence"),
    ] = None
    """Derivation Code Sequence (0008,9215): Type 3, VR SQ, VM 1. A coded description of how this ROI was derived. One or more Items are permitted in this Sequence. See Section C.8.8.5.3 for further explanation."""

    DefinitionSourceSequence: Annotated[
        list[_DefinitionSourceSequenceItemStructureSet] | None,
        Attribute(0x00081156, "SQ", "1", "3", name="Definition Source Sequence"),
    ] = None
    """Definition Source Sequence (0008,1156): Type 3, VR SQ, VM 1. Instances containing the source of the ROI Contour information. Only a single Item is permitted in this Sequence."""


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
    "ReferencedDirectSegmentInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "SourceConceptualVolumeSequenceItem": (
        "dicomodel.items.source_conceptual_volume_sequence_item",
        "SourceConceptualVolumeSequenceItem",
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
