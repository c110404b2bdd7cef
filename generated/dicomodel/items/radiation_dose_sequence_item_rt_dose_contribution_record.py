"""Item class RadiationDoseSequenceItemRTDoseContributionRecord.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.measured_meterset_to_dose_mapping_sequence_item import (
        MeasuredMetersetToDoseMappingSequenceItem as _MeasuredMetersetToDoseMappingSequenceItem,
    )
    from dicomodel.items.radiation_dose_values_parameters_sequence_item_rt_dose_contribution_record import (
        RadiationDoseValuesParametersSequenceItemRTDoseContributionRecord as _RadiationDoseValuesParametersSequenceItemRTDoseContributionRecord,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MeasuredMetersetToDoseMappingSequenceItem = Lazy(
        "dicomodel.items.measured_meterset_to_dose_mapping_sequence_item",
        "MeasuredMetersetToDoseMappingSequenceItem",
    )
    _RadiationDoseValuesParametersSequenceItemRTDoseContributionRecord = Lazy(
        "dicomodel.items.radiation_dose_values_parameters_sequence_item_rt_dose_contribution_record",
        "RadiationDoseValuesParametersSequenceItemRTDoseContributionRecord",
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.radiobiological_dose_effect_flag import (
        RadiobiologicalDoseEffectFlag as RadiobiologicalDoseEffectFlag,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DoseMeasurementDeviceCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as EffectiveDoseCalculationMethodCodeSequenceItem,
    )
    from dicomodel.items.effective_dose_calculation_method_category_code_sequence_item import (
        EffectiveDoseCalculationMethodCategoryCodeSequenceItem as EffectiveDoseCalculationMethodCategoryCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.measured_meterset_to_dose_mapping_sequence_item import (
        MeasuredMetersetToDoseMappingSequenceItem as MeasuredMetersetToDoseMappingSequenceItem,
    )
    from dicomodel.items.meterset_to_dose_mapping_sequence_item import (
        MetersetToDoseMappingSequenceItem as MetersetToDoseMappingSequenceItem,
    )
    from dicomodel.items.radiation_dose_values_parameters_sequence_item_rt_dose_contribution_record import (
        RadiationDoseValuesParametersSequenceItemRTDoseContributionRecord as RadiationDoseValuesParametersSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedRTRadiationRecordSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "DoseMeasurementDeviceCodeSequenceItem",
    "EffectiveDoseCalculationMethodCategoryCodeSequenceItem",
    "EffectiveDoseCalculationMethodCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasuredMetersetToDoseMappingSequenceItem",
    "MetersetToDoseMappingSequenceItem",
    "RadiationDoseSequenceItemRTDoseContributionRecord",
    "RadiationDoseValuesParametersSequenceItem",
    "RadiobiologicalDoseEffectFlag",
    "ReferencedRTRadiationRecordSequenceItem",
]


class RadiationDoseSequenceItemRTDoseContributionRecord(DicomModel):
    """An item of Radiation Dose Sequence (300A,0617), as first defined in RT Dose Contribution Record Module Attributes (C.36.21-1)."""

    dicom_name: ClassVar[str] = "Radiation Dose Sequence"
    dicom_table: ClassVar[str] = "table_C.36.21-1"

    ReferencedRTRadiationRecordSequence: Annotated[
        list[_SOPInstanceReferenceItem],
        Attribute(0x300A0703, "SQ", "1", "1", name="Referenced RT Radiation Record Sequence"),
    ]
    """Referenced RT Radiation Record Sequence (300A,0703): Type 1, VR SQ, VM 1. The RT Radiation Record SOP Instance that describes parameters for dose delivery of the recorded Radiotherapy treatment for the Fraction specified in RT Radiation Set Delivery Number (300A,0704)."""

    RadiationDoseValuesParametersSequence: Annotated[
        list[_RadiationDoseValuesParametersSequenceItemRTDoseContributionRecord] | None,
        Attribute(
            0x300A061F,
            "SQ",
            "1",
            "1C",
            name="Radiation Dose Values Parameters Sequence",
            when=("not", ("present", 0x300A0772)),
            otherwise="may",
        ),
    ] = None
    """Radiation Dose Values Parameters Sequence (300A,061F): Type 1C, VR SQ, VM 1. Required if Measured Meterset to Dose Mapping Sequence (300A,0772) is not present. May be present otherwise. Dose values of this RT Radiation Record with respect to the dose identification items defined in the Radiation Dose Identification Sequence (300A,0618). Required if Measured Meterset to Dose Mapping Sequence (300A,0772) is not present."""

    MeasuredMetersetToDoseMappingSequence: Annotated[
        list[_MeasuredMetersetToDoseMappingSequenceItem] | None,
        Attribute(
            0x300A0772,
            "SQ",
            "1",
            "1C",
            name="Measured Meterset to Dose Mapping Sequence",
            when=("not", ("present", 0x300A0620)),
            otherwise="may",
        ),
    ] = None
    """Measured Meterset to Dose Mapping Sequence (300A,0772): Type 1C, VR SQ, VM 1. Required if Dose Mapping Sequence (300A,0620) is not present. May be present otherwise. Measured dose values of this delivered radiation mapped to Meterset values. Required if Dose Mapping Sequence (300A,0620) is not present. May be present otherwise. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
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
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasuredMetersetToDoseMappingSequenceItem": (
        "dicomodel.items.measured_meterset_to_dose_mapping_sequence_item",
        "MeasuredMetersetToDoseMappingSequenceItem",
    ),
    "MetersetToDoseMappingSequenceItem": (
        "dicomodel.items.meterset_to_dose_mapping_sequence_item",
        "MetersetToDoseMappingSequenceItem",
    ),
    "RadiationDoseValuesParametersSequenceItem": (
        "dicomodel.items.radiation_dose_values_parameters_sequence_item_rt_dose_contribution_record",
        "RadiationDoseValuesParametersSequenceItemRTDoseContributionRecord",
    ),
    "RadiobiologicalDoseEffectFlag": (
        "dicomodel.enums.radiobiological_dose_effect_flag",
        "RadiobiologicalDoseEffectFlag",
    ),
    "ReferencedRTRadiationRecordSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
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
