"""Radiobiological Dose Effect Description Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.radiobiological_dose_effect_flag import (
        RadiobiologicalDoseEffectFlagValue as _RadiobiologicalDoseEffectFlagValue,
    )
    from dicomodel.items.effective_dose_calculation_method_category_code_sequence_item import (
        EffectiveDoseCalculationMethodCategoryCodeSequenceItem as _EffectiveDoseCalculationMethodCategoryCodeSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _EffectiveDoseCalculationMethodCategoryCodeSequenceItem = Lazy(
        "dicomodel.items.effective_dose_calculation_method_category_code_sequence_item",
        "EffectiveDoseCalculationMethodCategoryCodeSequenceItem",
    )
    _RadiobiologicalDoseEffectFlagValue = Lazy(
        "dicomodel.enums.radiobiological_dose_effect_flag", "RadiobiologicalDoseEffectFlagValue"
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
        CodeSequenceItem as EffectiveDoseCalculationMethodCodeSequenceItem,
    )
    from dicomodel.items.effective_dose_calculation_method_category_code_sequence_item import (
        EffectiveDoseCalculationMethodCategoryCodeSequenceItem as EffectiveDoseCalculationMethodCategoryCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EffectiveDoseCalculationMethodCategoryCodeSequenceItem",
    "EffectiveDoseCalculationMethodCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "RadiobiologicalDoseEffectDescriptionMacro",
    "RadiobiologicalDoseEffectFlag",
]


class RadiobiologicalDoseEffectDescriptionMacro(DicomModel):
    """Radiobiological Dose Effect Description Macro Attributes (PS3.3 Table C.36.2.1.5-1)."""

    dicom_name: ClassVar[str] = "Radiobiological Dose Effect Description"
    dicom_table: ClassVar[str] = "table_C.36.2.1.5-1"

    RadiobiologicalDoseEffectFlag: Annotated[
        _RadiobiologicalDoseEffectFlagValue,
        Attribute(
            0x30100002,
            "CS",
            "1",
            "1",
            name="Radiobiological Dose Effect Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Radiobiological Dose Effect Flag (3010,0002): Type 1, VR CS, VM 1. Whether radiobiological effects are taken into account for a given dose value. Enumerated Values: YES Effective dose after correction for biological effect. NO Physical dose."""

    EffectiveDoseCalculationMethodCategoryCodeSequence: Annotated[
        list[_EffectiveDoseCalculationMethodCategoryCodeSequenceItem] | None,
        Attribute(
            0x30100003,
            "SQ",
            "1",
            "2C",
            name="Effective Dose Calculation Method Category Code Sequence",
            when=("value", 0x30100002, 0, "in", ("YES",)),
        ),
    ] = None
    """Effective Dose Calculation Method Category Code Sequence (3010,0003): Type 2C, VR SQ, VM 1. Required if Radiobiological Dose Effect Flag (3010,0002) equals YES. The category of the method used to calculate the effective dose. Required if Radiobiological Dose Effect Flag (3010,0002) equals YES. Zero or more Items shall be included in this Sequence."""

    EffectiveDoseCalculationMethodDescription: Annotated[
        vr.LO | None,
        Attribute(
            0x30100005,
            "LO",
            "1",
            "2C",
            name="Effective Dose Calculation Method Description",
            when=("value", 0x30100002, 0, "in", ("YES",)),
        ),
    ] = None
    """Effective Dose Calculation Method Description (3010,0005): Type 2C, VR LO, VM 1. Required if Radiobiological Dose Effect Flag (3010,0002) is YES. The description of the method used to calculate the effective dose. Required if Radiobiological Dose Effect Flag (3010,0002) is YES."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
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
