"""Item class RadiationDoseValuesParametersSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.primary_dose_value_indicator import (
        PrimaryDoseValueIndicatorValue as _PrimaryDoseValueIndicatorValue,
    )
    from dicomodel.items.dose_values_sequence_item import (
        DoseValuesSequenceItem as _DoseValuesSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _DoseValuesSequenceItem = Lazy(
        "dicomodel.items.dose_values_sequence_item", "DoseValuesSequenceItem"
    )
    _PrimaryDoseValueIndicatorValue = Lazy(
        "dicomodel.enums.primary_dose_value_indicator", "PrimaryDoseValueIndicatorValue"
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
    from dicomodel.items.meterset_to_dose_mapping_sequence_item import (
        MetersetToDoseMappingSequenceItem as MetersetToDoseMappingSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "DoseValuesSequenceItem",
    "EffectiveDoseCalculationMethodCategoryCodeSequenceItem",
    "EffectiveDoseCalculationMethodCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MetersetToDoseMappingSequenceItem",
    "PrimaryDoseValueIndicator",
    "RadiationDoseValuesParametersSequenceItem",
    "RadiobiologicalDoseEffectFlag",
]


class RadiationDoseValuesParametersSequenceItem(DicomModel):
    """An item of Radiation Dose Values Parameters Sequence (300A,061F), as first defined in RT Dose Contribution Module Attributes (C.36.11-1)."""

    dicom_name: ClassVar[str] = "Radiation Dose Values Parameters Sequence"
    dicom_table: ClassVar[str] = "table_C.36.11-1"

    PrimaryDoseValueIndicator: Annotated[
        _PrimaryDoseValueIndicatorValue,
        Attribute(
            0x300A061B,
            "CS",
            "1",
            "1",
            name="Primary Dose Value Indicator",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Primary Dose Value Indicator (300A,061B): Type 1, VR CS, VM 1. Whether the dose value serves as the primary dose indicator for the RT Radiation SOP Instance. Enumerated Values: YES NO Exactly one item in the Radiation Dose Values Parameters Sequence (300A,061F) shall have the value YES."""

    ReferencedRadiationDoseIdentificationIndex: Annotated[
        vr.US,
        Attribute(
            0x300A060C, "US", "1", "1", name="Referenced Radiation Dose Identification Index"
        ),
    ]
    """Referenced Radiation Dose Identification Index (300A,060C): Type 1, VR US, VM 1. The value of Radiation Dose Identification Index (300A,0603) in the Radiation Dose Identification Sequence (300A,0618) identifying the dose contribution to which this Item in the Radiation Dose Values Parameters Sequence (300A,061F) applies..."""

    DoseValuesSequence: Annotated[
        list[_DoseValuesSequenceItem] | None,
        Attribute(
            0x300A061C,
            "SQ",
            "1",
            "1C",
            name="Dose Values Sequence",
            when=("unknown", "names no attribute: the Meterset to dose mapping is defined"),
        ),
    ] = None
    """Dose Values Sequence (300A,061C): Type 1C, VR SQ, VM 1. Required if the Meterset to dose mapping is defined. Dose values. Required if the Meterset to dose mapping is defined. One or more Items shall be present. Each Radiobiological Dose Effect Flag (3010,0002) value shall appear no more than once in this Sequence."""


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
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MetersetToDoseMappingSequenceItem": (
        "dicomodel.items.meterset_to_dose_mapping_sequence_item",
        "MetersetToDoseMappingSequenceItem",
    ),
    "PrimaryDoseValueIndicator": (
        "dicomodel.enums.primary_dose_value_indicator",
        "PrimaryDoseValueIndicator",
    ),
    "RadiobiologicalDoseEffectFlag": (
        "dicomodel.enums.radiobiological_dose_effect_flag",
        "RadiobiologicalDoseEffectFlag",
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
