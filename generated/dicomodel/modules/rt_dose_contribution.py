"""RT Dose Contribution Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.radiation_dose_identification_sequence_item import (
        RadiationDoseIdentificationSequenceItem as _RadiationDoseIdentificationSequenceItem,
    )
    from dicomodel.items.radiation_dose_sequence_item import (
        RadiationDoseSequenceItem as _RadiationDoseSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _RadiationDoseIdentificationSequenceItem = Lazy(
        "dicomodel.items.radiation_dose_identification_sequence_item",
        "RadiationDoseIdentificationSequenceItem",
    )
    _RadiationDoseSequenceItem = Lazy(
        "dicomodel.items.radiation_dose_sequence_item", "RadiationDoseSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.conceptual_volume_combination_flag import (
        ConceptualVolumeCombinationFlag as ConceptualVolumeCombinationFlag,
    )
    from dicomodel.enums.conceptual_volume_segmentation_defined_flag import (
        ConceptualVolumeSegmentationDefinedFlag as ConceptualVolumeSegmentationDefinedFlag,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.primary_dose_value_indicator import (
        PrimaryDoseValueIndicator as PrimaryDoseValueIndicator,
    )
    from dicomodel.enums.radiobiological_dose_effect_flag import (
        RadiobiologicalDoseEffectFlag as RadiobiologicalDoseEffectFlag,
    )
    from dicomodel.enums.reference_dose_type import ReferenceDoseTypeTerm as ReferenceDoseTypeTerm
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as ConceptualVolumeDerivationAlgorithmSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as EffectiveDoseCalculationMethodCodeSequenceItem,
    )
    from dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item import (
        ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeConstituentSegmentationReferenceSequenceItem,
    )
    from dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item import (
        ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeSegmentationReferenceSequenceItem,
    )
    from dicomodel.items.conceptual_volume_constituent_sequence_item import (
        ConceptualVolumeConstituentSequenceItem as ConceptualVolumeConstituentSequenceItem,
    )
    from dicomodel.items.conceptual_volume_segmentation_reference_and_combination_item import (
        ConceptualVolumeSegmentationReferenceAndCombinationItem as ConceptualVolumeSequenceItem,
    )
    from dicomodel.items.derivation_conceptual_volume_sequence_item import (
        DerivationConceptualVolumeSequenceItem as DerivationConceptualVolumeSequenceItem,
    )
    from dicomodel.items.dose_values_sequence_item import (
        DoseValuesSequenceItem as DoseValuesSequenceItem,
    )
    from dicomodel.items.effective_dose_calculation_method_category_code_sequence_item import (
        EffectiveDoseCalculationMethodCategoryCodeSequenceItem as EffectiveDoseCalculationMethodCategoryCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.equivalent_conceptual_volumes_sequence_item import (
        EquivalentConceptualVolumesSequenceItem as EquivalentConceptualVolumesSequenceItem,
    )
    from dicomodel.items.expected_in_vivo_measurement_values_sequence_item import (
        ExpectedInVivoMeasurementValuesSequenceItem as ExpectedInVivoMeasurementValuesSequenceItem,
    )
    from dicomodel.items.meterset_to_dose_mapping_sequence_item import (
        MetersetToDoseMappingSequenceItem as MetersetToDoseMappingSequenceItem,
    )
    from dicomodel.items.radiation_dose_identification_sequence_item import (
        RadiationDoseIdentificationSequenceItem as RadiationDoseIdentificationSequenceItem,
    )
    from dicomodel.items.radiation_dose_sequence_item import (
        RadiationDoseSequenceItem as RadiationDoseSequenceItem,
    )
    from dicomodel.items.radiation_dose_values_parameters_sequence_item import (
        RadiationDoseValuesParametersSequenceItem as RadiationDoseValuesParametersSequenceItem,
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
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedRTRadiationSequenceItem,
    )
    from dicomodel.items.source_conceptual_volume_sequence_item import (
        SourceConceptualVolumeSequenceItem as SourceConceptualVolumeSequenceItem,
    )

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "ConceptualVolumeCombinationFlag",
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    "ConceptualVolumeConstituentSequenceItem",
    "ConceptualVolumeDerivationAlgorithmSequenceItem",
    "ConceptualVolumeSegmentationDefinedFlag",
    "ConceptualVolumeSegmentationReferenceSequenceItem",
    "ConceptualVolumeSequenceItem",
    "ContextGroupExtensionFlag",
    "DerivationConceptualVolumeSequenceItem",
    "DoseValuesSequenceItem",
    "EffectiveDoseCalculationMethodCategoryCodeSequenceItem",
    "EffectiveDoseCalculationMethodCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "EquivalentConceptualVolumeInstanceReferenceSequenceItem",
    "EquivalentConceptualVolumesSequenceItem",
    "ExpectedInVivoMeasurementValuesSequenceItem",
    "MappingResourceTerm",
    "MetersetToDoseMappingSequenceItem",
    "OriginatingSOPInstanceReferenceSequenceItem",
    "PrimaryDoseValueIndicator",
    "RTDoseContributionModule",
    "RadiationDoseIdentificationSequenceItem",
    "RadiationDoseSequenceItem",
    "RadiationDoseValuesParametersSequenceItem",
    "RadiobiologicalDoseEffectFlag",
    "ReferenceDoseTypeTerm",
    "ReferencedDirectSegmentInstanceSequenceItem",
    "ReferencedRTRadiationSequenceItem",
    "SourceConceptualVolumeSequenceItem",
]


class RTDoseContributionModule(DicomModel):
    """RT Dose Contribution Module Attributes (PS3.3 Table C.36.11-1)."""

    dicom_name: ClassVar[str] = "RT Dose Contribution"
    dicom_table: ClassVar[str] = "table_C.36.11-1"

    RadiationDoseIdentificationSequence: Annotated[
        list[_RadiationDoseIdentificationSequenceItem],
        Attribute(0x300A0618, "SQ", "1", "1", name="Radiation Dose Identification Sequence"),
    ]
    """Radiation Dose Identification Sequence (300A,0618): Type 1, VR SQ, VM 1. Identifies the dose values that are delivered by this RT Radiation Set SOP Instance. One or more Items shall be included in this Sequence."""

    RadiationDoseSequence: Annotated[
        list[_RadiationDoseSequenceItem],
        Attribute(0x300A0617, "SQ", "1", "1", name="Radiation Dose Sequence"),
    ]
    """Radiation Dose Sequence (300A,0617): Type 1, VR SQ, VM 1. Parameters that describe dose contributed by referenced RT Radiation SOP Instances. For every SOP Instance referenced in RT Radiation Sequence (300A,0616) exactly one item shall be present in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptualVolumeCombinationFlag": (
        "dicomodel.enums.conceptual_volume_combination_flag",
        "ConceptualVolumeCombinationFlag",
    ),
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem": (
        "dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item",
        "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    ),
    "ConceptualVolumeConstituentSequenceItem": (
        "dicomodel.items.conceptual_volume_constituent_sequence_item",
        "ConceptualVolumeConstituentSequenceItem",
    ),
    "ConceptualVolumeDerivationAlgorithmSequenceItem": (
        "dicomodel.items.algorithm_identification_item",
        "AlgorithmIdentificationItem",
    ),
    "ConceptualVolumeSegmentationDefinedFlag": (
        "dicomodel.enums.conceptual_volume_segmentation_defined_flag",
        "ConceptualVolumeSegmentationDefinedFlag",
    ),
    "ConceptualVolumeSegmentationReferenceSequenceItem": (
        "dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item",
        "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    ),
    "ConceptualVolumeSequenceItem": (
        "dicomodel.items.conceptual_volume_segmentation_reference_and_combination_item",
        "ConceptualVolumeSegmentationReferenceAndCombinationItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DerivationConceptualVolumeSequenceItem": (
        "dicomodel.items.derivation_conceptual_volume_sequence_item",
        "DerivationConceptualVolumeSequenceItem",
    ),
    "DoseValuesSequenceItem": (
        "dicomodel.items.dose_values_sequence_item",
        "DoseValuesSequenceItem",
    ),
    "EffectiveDoseCalculationMethodCategoryCodeSequenceItem": (
        "dicomodel.items.effective_dose_calculation_method_category_code_sequence_item",
        "EffectiveDoseCalculationMethodCategoryCodeSequenceItem",
    ),
    "EffectiveDoseCalculationMethodCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
    "ExpectedInVivoMeasurementValuesSequenceItem": (
        "dicomodel.items.expected_in_vivo_measurement_values_sequence_item",
        "ExpectedInVivoMeasurementValuesSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MetersetToDoseMappingSequenceItem": (
        "dicomodel.items.meterset_to_dose_mapping_sequence_item",
        "MetersetToDoseMappingSequenceItem",
    ),
    "OriginatingSOPInstanceReferenceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "PrimaryDoseValueIndicator": (
        "dicomodel.enums.primary_dose_value_indicator",
        "PrimaryDoseValueIndicator",
    ),
    "RadiationDoseIdentificationSequenceItem": (
        "dicomodel.items.radiation_dose_identification_sequence_item",
        "RadiationDoseIdentificationSequenceItem",
    ),
    "RadiationDoseSequenceItem": (
        "dicomodel.items.radiation_dose_sequence_item",
        "RadiationDoseSequenceItem",
    ),
    "RadiationDoseValuesParametersSequenceItem": (
        "dicomodel.items.radiation_dose_values_parameters_sequence_item",
        "RadiationDoseValuesParametersSequenceItem",
    ),
    "RadiobiologicalDoseEffectFlag": (
        "dicomodel.enums.radiobiological_dose_effect_flag",
        "RadiobiologicalDoseEffectFlag",
    ),
    "ReferenceDoseTypeTerm": ("dicomodel.enums.reference_dose_type", "ReferenceDoseTypeTerm"),
    "ReferencedDirectSegmentInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedRTRadiationSequenceItem": (
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
