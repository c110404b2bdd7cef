"""Item class RadiationDoseSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.expected_in_vivo_measurement_values_sequence_item import (
        ExpectedInVivoMeasurementValuesSequenceItem as _ExpectedInVivoMeasurementValuesSequenceItem,
    )
    from dicomodel.items.radiation_dose_values_parameters_sequence_item import (
        RadiationDoseValuesParametersSequenceItem as _RadiationDoseValuesParametersSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ExpectedInVivoMeasurementValuesSequenceItem = Lazy(
        "dicomodel.items.expected_in_vivo_measurement_values_sequence_item",
        "ExpectedInVivoMeasurementValuesSequenceItem",
    )
    _RadiationDoseValuesParametersSequenceItem = Lazy(
        "dicomodel.items.radiation_dose_values_parameters_sequence_item",
        "RadiationDoseValuesParametersSequenceItem",
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
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
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as EffectiveDoseCalculationMethodCodeSequenceItem,
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
    from dicomodel.items.expected_in_vivo_measurement_values_sequence_item import (
        ExpectedInVivoMeasurementValuesSequenceItem as ExpectedInVivoMeasurementValuesSequenceItem,
    )
    from dicomodel.items.meterset_to_dose_mapping_sequence_item import (
        MetersetToDoseMappingSequenceItem as MetersetToDoseMappingSequenceItem,
    )
    from dicomodel.items.radiation_dose_values_parameters_sequence_item import (
        RadiationDoseValuesParametersSequenceItem as RadiationDoseValuesParametersSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedRTRadiationSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "DoseValuesSequenceItem",
    "EffectiveDoseCalculationMethodCategoryCodeSequenceItem",
    "EffectiveDoseCalculationMethodCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "ExpectedInVivoMeasurementValuesSequenceItem",
    "MappingResourceTerm",
    "MetersetToDoseMappingSequenceItem",
    "PrimaryDoseValueIndicator",
    "RadiationDoseSequenceItem",
    "RadiationDoseValuesParametersSequenceItem",
    "RadiobiologicalDoseEffectFlag",
    "ReferencedRTRadiationSequenceItem",
]


class RadiationDoseSequenceItem(DicomModel):
    """An item of Radiation Dose Sequence (300A,0617), as first defined in RT Dose Contribution Module Attributes (C.36.11-1)."""

    dicom_name: ClassVar[str] = "Radiation Dose Sequence"
    dicom_table: ClassVar[str] = "table_C.36.11-1"

    ReferencedRTRadiationSequence: Annotated[
        list[_SOPInstanceReferenceItem],
        Attribute(0x300A0630, "SQ", "1", "1", name="Referenced RT Radiation Sequence"),
    ]
    """Referenced RT Radiation Sequence (300A,0630): Type 1, VR SQ, VM 1. References the RT Radiation SOP Instance that describes parameters for dose delivery. Only a single Item shall be included in this Sequence."""

    RadiationDoseValuesParametersSequence: Annotated[
        list[_RadiationDoseValuesParametersSequenceItem],
        Attribute(0x300A061F, "SQ", "1", "1", name="Radiation Dose Values Parameters Sequence"),
    ]
    """Radiation Dose Values Parameters Sequence (300A,061F): Type 1, VR SQ, VM 1. Dose values of this RT Radiation with respect to the dose identification items defined in the Radiation Dose Identification Sequence (300A,0618)."""

    ExpectedInVivoMeasurementValuesSequence: Annotated[
        list[_ExpectedInVivoMeasurementValuesSequenceItem] | None,
        Attribute(
            0x300A0621,
            "SQ",
            "1",
            "1C",
            name="Expected In-Vivo Measurement Values Sequence",
            when=(
                "unknown",
                "names no attribute: expected values are calculated for in-vivo measurement for this RT Radiation SOP Instance",
            ),
        ),
    ] = None
    """Expected In-Vivo Measurement Values Sequence (300A,0621): Type 1C, VR SQ, VM 1. Required if expected values are calculated for in-vivo measurement for this RT Radiation SOP Instance. Expected values against which in-vivo measurements may be compared. Required if expected values are calculated for in-vivo measurement for this RT Radiation SOP Instance. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
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
    "ExpectedInVivoMeasurementValuesSequenceItem": (
        "dicomodel.items.expected_in_vivo_measurement_values_sequence_item",
        "ExpectedInVivoMeasurementValuesSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MetersetToDoseMappingSequenceItem": (
        "dicomodel.items.meterset_to_dose_mapping_sequence_item",
        "MetersetToDoseMappingSequenceItem",
    ),
    "PrimaryDoseValueIndicator": (
        "dicomodel.enums.primary_dose_value_indicator",
        "PrimaryDoseValueIndicator",
    ),
    "RadiationDoseValuesParametersSequenceItem": (
        "dicomodel.items.radiation_dose_values_parameters_sequence_item",
        "RadiationDoseValuesParametersSequenceItem",
    ),
    "RadiobiologicalDoseEffectFlag": (
        "dicomodel.enums.radiobiological_dose_effect_flag",
        "RadiobiologicalDoseEffectFlag",
    ),
    "ReferencedRTRadiationSequenceItem": (
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
