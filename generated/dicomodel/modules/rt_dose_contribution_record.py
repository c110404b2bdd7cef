"""RT Dose Contribution Record Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.radiation_dose_identification_sequence_item_rt_dose_contribution_record import (
        RadiationDoseIdentificationSequenceItemRTDoseContributionRecord as _RadiationDoseIdentificationSequenceItemRTDoseContributionRecord,
    )
    from dicomodel.items.radiation_dose_sequence_item_rt_dose_contribution_record import (
        RadiationDoseSequenceItemRTDoseContributionRecord as _RadiationDoseSequenceItemRTDoseContributionRecord,
    )
else:
    from dicomodel.lazy import Lazy

    _RadiationDoseIdentificationSequenceItemRTDoseContributionRecord = Lazy(
        "dicomodel.items.radiation_dose_identification_sequence_item_rt_dose_contribution_record",
        "RadiationDoseIdentificationSequenceItemRTDoseContributionRecord",
    )
    _RadiationDoseSequenceItemRTDoseContributionRecord = Lazy(
        "dicomodel.items.radiation_dose_sequence_item_rt_dose_contribution_record",
        "RadiationDoseSequenceItemRTDoseContributionRecord",
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
    from dicomodel.enums.radiobiological_dose_effect_flag import (
        RadiobiologicalDoseEffectFlag as RadiobiologicalDoseEffectFlag,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as ConceptualVolumeDerivationAlgorithmSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DoseMeasurementDeviceCodeSequenceItem,
    )
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
    from dicomodel.items.effective_dose_calculation_method_category_code_sequence_item import (
        EffectiveDoseCalculationMethodCategoryCodeSequenceItem as EffectiveDoseCalculationMethodCategoryCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.equivalent_conceptual_volumes_sequence_item import (
        EquivalentConceptualVolumesSequenceItem as EquivalentConceptualVolumesSequenceItem,
    )
    from dicomodel.items.measured_meterset_to_dose_mapping_sequence_item import (
        MeasuredMetersetToDoseMappingSequenceItem as MeasuredMetersetToDoseMappingSequenceItem,
    )
    from dicomodel.items.meterset_to_dose_mapping_sequence_item import (
        MetersetToDoseMappingSequenceItem as MetersetToDoseMappingSequenceItem,
    )
    from dicomodel.items.radiation_dose_identification_sequence_item_rt_dose_contribution_record import (
        RadiationDoseIdentificationSequenceItemRTDoseContributionRecord as RadiationDoseIdentificationSequenceItem,
    )
    from dicomodel.items.radiation_dose_sequence_item_rt_dose_contribution_record import (
        RadiationDoseSequenceItemRTDoseContributionRecord as RadiationDoseSequenceItem,
    )
    from dicomodel.items.radiation_dose_values_parameters_sequence_item_rt_dose_contribution_record import (
        RadiationDoseValuesParametersSequenceItemRTDoseContributionRecord as RadiationDoseValuesParametersSequenceItem,
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
        SOPInstanceReferenceItem as ReferencedRTRadiationRecordSequenceItem,
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
    "DoseMeasurementDeviceCodeSequenceItem",
    "EffectiveDoseCalculationMethodCategoryCodeSequenceItem",
    "EffectiveDoseCalculationMethodCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "EquivalentConceptualVolumeInstanceReferenceSequenceItem",
    "EquivalentConceptualVolumesSequenceItem",
    "MappingResourceTerm",
    "MeasuredMetersetToDoseMappingSequenceItem",
    "MetersetToDoseMappingSequenceItem",
    "OriginatingSOPInstanceReferenceSequenceItem",
    "RTDoseContributionRecordModule",
    "RadiationDoseIdentificationSequenceItem",
    "RadiationDoseSequenceItem",
    "RadiationDoseValuesParametersSequenceItem",
    "RadiobiologicalDoseEffectFlag",
    "ReferencedDirectSegmentInstanceSequenceItem",
    "ReferencedRTRadiationRecordSequenceItem",
    "SourceConceptualVolumeSequenceItem",
]


class RTDoseContributionRecordModule(DicomModel):
    """RT Dose Contribution Record Module Attributes (PS3.3 Table C.36.21-1)."""

    dicom_name: ClassVar[str] = "RT Dose Contribution Record"
    dicom_table: ClassVar[str] = "table_C.36.21-1"

    RadiationDoseIdentificationSequence: Annotated[
        list[_RadiationDoseIdentificationSequenceItemRTDoseContributionRecord],
        Attribute(0x300A0618, "SQ", "1", "1", name="Radiation Dose Identification Sequence"),
    ]
    """Radiation Dose Identification Sequence (300A,0618): Type 1, VR SQ, VM 1. Identifies the dose values that are recorded by this RT Radiation Record Set IOD. One or more Items shall be included in this Sequence."""

    RadiationDoseSequence: Annotated[
        list[_RadiationDoseSequenceItemRTDoseContributionRecord],
        Attribute(0x300A0617, "SQ", "1", "1", name="Radiation Dose Sequence"),
    ]
    """Radiation Dose Sequence (300A,0617): Type 1, VR SQ, VM 1. Describes dose contributed by referenced RT Radiation Record SOP instances. For every SOP instance referenced in Referenced RT Radiation Record Sequence (300A,0703) exactly one item shall be present in this Sequence."""


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
    "DoseMeasurementDeviceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasuredMetersetToDoseMappingSequenceItem": (
        "dicomodel.items.measured_meterset_to_dose_mapping_sequence_item",
        "MeasuredMetersetToDoseMappingSequenceItem",
    ),
    "MetersetToDoseMappingSequenceItem": (
        "dicomodel.items.meterset_to_dose_mapping_sequence_item",
        "MetersetToDoseMappingSequenceItem",
    ),
    "OriginatingSOPInstanceReferenceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "RadiationDoseIdentificationSequenceItem": (
        "dicomodel.items.radiation_dose_identification_sequence_item_rt_dose_contribution_record",
        "RadiationDoseIdentificationSequenceItemRTDoseContributionRecord",
    ),
    "RadiationDoseSequenceItem": (
        "dicomodel.items.radiation_dose_sequence_item_rt_dose_contribution_record",
        "RadiationDoseSequenceItemRTDoseContributionRecord",
    ),
    "RadiationDoseValuesParametersSequenceItem": (
        "dicomodel.items.radiation_dose_values_parameters_sequence_item_rt_dose_contribution_record",
        "RadiationDoseValuesParametersSequenceItemRTDoseContributionRecord",
    ),
    "RadiobiologicalDoseEffectFlag": (
        "dicomodel.enums.radiobiological_dose_effect_flag",
        "RadiobiologicalDoseEffectFlag",
    ),
    "ReferencedDirectSegmentInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedRTRadiationRecordSequenceItem": (
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
