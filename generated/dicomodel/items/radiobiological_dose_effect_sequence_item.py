"""Item class RadiobiologicalDoseEffectSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import radiobiological_dose_effect_flag as _radiobiological_dose_effect_flag
from dicomodel.items.effective_dose_calculation_method_category_code_sequence_item import (
    EffectiveDoseCalculationMethodCategoryCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class RadiobiologicalDoseEffectSequenceItem(DicomModel):
    """An item of Radiobiological Dose Effect Sequence (3010,0001), as first defined in Dosimetric Objective Macro Attributes (C.36.2.1.4-1)."""

    dicom_name: ClassVar[str] = "Radiobiological Dose Effect Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.1.4-1"

    RadiobiologicalDoseEffectFlag: Annotated[
        _radiobiological_dose_effect_flag.RadiobiologicalDoseEffectFlag,
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
        list[EffectiveDoseCalculationMethodCategoryCodeSequenceItem] | None,
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
