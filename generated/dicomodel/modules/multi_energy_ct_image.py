"""Multi-energy CT Image Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.multienergy_ct_acquisition_sequence_item import (
        MultienergyCTAcquisitionSequenceItem as _MultienergyCTAcquisitionSequenceItem,
    )
    from dicomodel.items.multienergy_ct_characteristics_sequence_item import (
        MultienergyCTCharacteristicsSequenceItem as _MultienergyCTCharacteristicsSequenceItem,
    )
    from dicomodel.items.multienergy_ct_processing_sequence_item import (
        MultienergyCTProcessingSequenceItem as _MultienergyCTProcessingSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MultienergyCTAcquisitionSequenceItem = Lazy(
        "dicomodel.items.multienergy_ct_acquisition_sequence_item",
        "MultienergyCTAcquisitionSequenceItem",
    )
    _MultienergyCTCharacteristicsSequenceItem = Lazy(
        "dicomodel.items.multienergy_ct_characteristics_sequence_item",
        "MultienergyCTCharacteristicsSequenceItem",
    )
    _MultienergyCTProcessingSequenceItem = Lazy(
        "dicomodel.items.multienergy_ct_processing_sequence_item",
        "MultienergyCTProcessingSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.decomposition_method import (
        DecompositionMethodTerm as DecompositionMethodTerm,
    )
    from dicomodel.enums.filter_type import FilterTypeTermCTXRayDetails as FilterTypeTerm
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.multienergy_detector_type import (
        MultienergyDetectorTypeTerm as MultienergyDetectorTypeTerm,
    )
    from dicomodel.enums.multienergy_source_technique import (
        MultienergySourceTechniqueTerm as MultienergySourceTechniqueTerm,
    )
    from dicomodel.enums.rotation_direction import RotationDirection as RotationDirection
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as DecompositionAlgorithmIdentificationSequenceItem,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as DerivationAlgorithmSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as CTDIPhantomTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as MaterialCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as WaterEquivalentDiameterCalculationMethodCodeSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as ContentItemModifierSequenceItem
    from dicomodel.items.ct_acquisition_details_sequence_item import (
        CTAcquisitionDetailsSequenceItem as CTAcquisitionDetailsSequenceItem,
    )
    from dicomodel.items.ct_exposure_sequence_item import (
        CTExposureSequenceItem as CTExposureSequenceItem,
    )
    from dicomodel.items.ct_geometry_sequence_item import (
        CTGeometrySequenceItem as CTGeometrySequenceItem,
    )
    from dicomodel.items.ctx_ray_details_sequence_item import (
        CTXRayDetailsSequenceItem as CTXRayDetailsSequenceItem,
    )
    from dicomodel.items.decomposition_material_sequence_item import (
        DecompositionMaterialSequenceItem as DecompositionMaterialSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.material_attenuation_sequence_item import (
        MaterialAttenuationSequenceItem as MaterialAttenuationSequenceItem,
    )
    from dicomodel.items.multienergy_ct_acquisition_sequence_item import (
        MultienergyCTAcquisitionSequenceItem as MultienergyCTAcquisitionSequenceItem,
    )
    from dicomodel.items.multienergy_ct_characteristics_sequence_item import (
        MultienergyCTCharacteristicsSequenceItem as MultienergyCTCharacteristicsSequenceItem,
    )
    from dicomodel.items.multienergy_ct_path_sequence_item import (
        MultienergyCTPathSequenceItem as MultienergyCTPathSequenceItem,
    )
    from dicomodel.items.multienergy_ct_processing_sequence_item import (
        MultienergyCTProcessingSequenceItem as MultienergyCTProcessingSequenceItem,
    )
    from dicomodel.items.multienergy_ctx_ray_detector_sequence_item import (
        MultienergyCTXRayDetectorSequenceItem as MultienergyCTXRayDetectorSequenceItem,
    )
    from dicomodel.items.multienergy_ctx_ray_source_sequence_item import (
        MultienergyCTXRaySourceSequenceItem as MultienergyCTXRaySourceSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item import (
        ProtocolContextSequenceItem as PerformedProcessingParametersSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "CTAcquisitionDetailsSequenceItem",
    "CTDIPhantomTypeCodeSequenceItem",
    "CTExposureSequenceItem",
    "CTGeometrySequenceItem",
    "CTXRayDetailsSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "DecompositionAlgorithmIdentificationSequenceItem",
    "DecompositionMaterialSequenceItem",
    "DecompositionMethodTerm",
    "DerivationAlgorithmSequenceItem",
    "EquivalentCodeSequenceItem",
    "FilterTypeTerm",
    "MappingResourceTerm",
    "MaterialAttenuationSequenceItem",
    "MaterialCodeSequenceItem",
    "MeasurementUnitsCodeSequenceItem",
    "MultiEnergyCTImageModule",
    "MultienergyCTAcquisitionSequenceItem",
    "MultienergyCTCharacteristicsSequenceItem",
    "MultienergyCTPathSequenceItem",
    "MultienergyCTProcessingSequenceItem",
    "MultienergyCTXRayDetectorSequenceItem",
    "MultienergyCTXRaySourceSequenceItem",
    "MultienergyDetectorTypeTerm",
    "MultienergySourceTechniqueTerm",
    "PerformedProcessingParametersSequenceItem",
    "ReferencedSOPSequenceItem",
    "RotationDirection",
    "ValueType",
    "WaterEquivalentDiameterCalculationMethodCodeSequenceItem",
]


class MultiEnergyCTImageModule(DicomModel):
    """Multi-energy CT Image Module Attributes (PS3.3 Table C.8.2.2-1)."""

    dicom_name: ClassVar[str] = "Multi-energy CT Image"
    dicom_table: ClassVar[str] = "table_C.8.2.2-1"

    MultienergyCTAcquisitionSequence: Annotated[
        list[_MultienergyCTAcquisitionSequenceItem],
        Attribute(0x00189362, "SQ", "1", "1", name="Multi-energy CT Acquisition Sequence"),
    ]
    """Multi-energy CT Acquisition Sequence (0018,9362): Type 1, VR SQ, VM 1. The Attributes of a Multi-energy CT Image acquisition. One Item shall be included in this Sequence."""

    MultienergyCTProcessingSequence: Annotated[
        list[_MultienergyCTProcessingSequenceItem] | None,
        Attribute(0x00189363, "SQ", "1", "3", name="Multi-energy CT Processing Sequence"),
    ] = None
    """Multi-energy CT Processing Sequence (0018,9363): Type 3, VR SQ, VM 1. How the acquired Multi-energy data was processed to generate this image. Only a single Item is permitted in this Sequence."""

    MultienergyCTCharacteristicsSequence: Annotated[
        list[_MultienergyCTCharacteristicsSequenceItem] | None,
        Attribute(
            0x00189364,
            "SQ",
            "1",
            "1C",
            name="Multi-energy CT Characteristics Sequence",
            when=(
                "or",
                ("and", ("iod", ("CT Image",)), ("value", 0x00080008, 4, "in", ("VMI",))),
                ("and", ("iod", ("Enhanced CT Image",)), ("value", 0x00080008, 5, "in", ("VMI",))),
                ("and", ("iod", ("Enhanced CT Image",)), ("value", 0x00089007, 5, "in", ("VMI",))),
            ),
            otherwise="may",
        ),
    ] = None
    """Multi-energy CT Characteristics Sequence (0018,9364): Type 1C, VR SQ, VM 1. Required if Image Type (0008,0008) Value 4 in the CT Image IOD, Image Type (0008,0008) Value 5 in the Enhanced CT Image IOD or Frame Type (0008,9007) Value 5 in the Enhanced CT Image IOD Frame is VMI. May be present otherwise. Multi-energy characteristics of the generated image. Required if Image Type (0008,0008) Value 4 in the CT Image IOD, Image Type (0008,0008) Value 5 in the Enhanced CT Image IOD or Frame Type (0008,9007) Value 5 in the Enhanced CT Image IOD..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "CTAcquisitionDetailsSequenceItem": (
        "dicomodel.items.ct_acquisition_details_sequence_item",
        "CTAcquisitionDetailsSequenceItem",
    ),
    "CTDIPhantomTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "CTExposureSequenceItem": (
        "dicomodel.items.ct_exposure_sequence_item",
        "CTExposureSequenceItem",
    ),
    "CTGeometrySequenceItem": (
        "dicomodel.items.ct_geometry_sequence_item",
        "CTGeometrySequenceItem",
    ),
    "CTXRayDetailsSequenceItem": (
        "dicomodel.items.ctx_ray_details_sequence_item",
        "CTXRayDetailsSequenceItem",
    ),
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContentItemModifierSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DecompositionAlgorithmIdentificationSequenceItem": (
        "dicomodel.items.algorithm_identification_item",
        "AlgorithmIdentificationItem",
    ),
    "DecompositionMaterialSequenceItem": (
        "dicomodel.items.decomposition_material_sequence_item",
        "DecompositionMaterialSequenceItem",
    ),
    "DecompositionMethodTerm": ("dicomodel.enums.decomposition_method", "DecompositionMethodTerm"),
    "DerivationAlgorithmSequenceItem": (
        "dicomodel.items.algorithm_identification_item",
        "AlgorithmIdentificationItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FilterTypeTerm": ("dicomodel.enums.filter_type", "FilterTypeTermCTXRayDetails"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MaterialAttenuationSequenceItem": (
        "dicomodel.items.material_attenuation_sequence_item",
        "MaterialAttenuationSequenceItem",
    ),
    "MaterialCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MultienergyCTAcquisitionSequenceItem": (
        "dicomodel.items.multienergy_ct_acquisition_sequence_item",
        "MultienergyCTAcquisitionSequenceItem",
    ),
    "MultienergyCTCharacteristicsSequenceItem": (
        "dicomodel.items.multienergy_ct_characteristics_sequence_item",
        "MultienergyCTCharacteristicsSequenceItem",
    ),
    "MultienergyCTPathSequenceItem": (
        "dicomodel.items.multienergy_ct_path_sequence_item",
        "MultienergyCTPathSequenceItem",
    ),
    "MultienergyCTProcessingSequenceItem": (
        "dicomodel.items.multienergy_ct_processing_sequence_item",
        "MultienergyCTProcessingSequenceItem",
    ),
    "MultienergyCTXRayDetectorSequenceItem": (
        "dicomodel.items.multienergy_ctx_ray_detector_sequence_item",
        "MultienergyCTXRayDetectorSequenceItem",
    ),
    "MultienergyCTXRaySourceSequenceItem": (
        "dicomodel.items.multienergy_ctx_ray_source_sequence_item",
        "MultienergyCTXRaySourceSequenceItem",
    ),
    "MultienergyDetectorTypeTerm": (
        "dicomodel.enums.multienergy_detector_type",
        "MultienergyDetectorTypeTerm",
    ),
    "MultienergySourceTechniqueTerm": (
        "dicomodel.enums.multienergy_source_technique",
        "MultienergySourceTechniqueTerm",
    ),
    "PerformedProcessingParametersSequenceItem": (
        "dicomodel.items.protocol_context_sequence_item",
        "ProtocolContextSequenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "RotationDirection": ("dicomodel.enums.rotation_direction", "RotationDirection"),
    "ValueType": ("dicomodel.enums.value_type", "ValueType"),
    "WaterEquivalentDiameterCalculationMethodCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
