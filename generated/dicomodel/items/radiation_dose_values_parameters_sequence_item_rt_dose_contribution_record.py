"""Item class RadiationDoseValuesParametersSequenceItemRTDoseContributionRecord.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import radiobiological_dose_effect_flag as _radiobiological_dose_effect_flag
from dicomodel.items.effective_dose_calculation_method_category_code_sequence_item import (
    EffectiveDoseCalculationMethodCategoryCodeSequenceItem,
)
from dicomodel.items.meterset_to_dose_mapping_sequence_item import MetersetToDoseMappingSequenceItem
from dicomodel.model import Attribute, DicomModel


class RadiationDoseValuesParametersSequenceItemRTDoseContributionRecord(DicomModel):
    """An item of Radiation Dose Values Parameters Sequence (300A,061F), as first defined in RT Dose Contribution Record Module Attributes (C.36.21-1)."""

    dicom_name: ClassVar[str] = "Radiation Dose Values Parameters Sequence"
    dicom_table: ClassVar[str] = "table_C.36.21-1"

    ReferencedRadiationDoseIdentificationIndex: Annotated[
        vr.US,
        Attribute(
            0x300A060C, "US", "1", "1", name="Referenced Radiation Dose Identification Index"
        ),
    ]
    """Referenced Radiation Dose Identification Index (300A,060C): Type 1, VR US, VM 1. The value of Radiation Dose Identification Index (300A,0603) in the Radiation Dose Identification Sequence (300A,0618) identifying the dose contribution to which this Item in the Radiation Dose Values Parameters Sequence (300A,061F) applies..."""

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

    MetersetToDoseMappingSequence: Annotated[
        list[MetersetToDoseMappingSequenceItem],
        Attribute(0x300A0620, "SQ", "1", "1", name="Meterset to Dose Mapping Sequence"),
    ]
    """Meterset to Dose Mapping Sequence (300A,0620): Type 1, VR SQ, VM 1. Mapping of Cumulative Meterset (300A,063C) to Radiation Dose Value (300A,0625). This may be as defined in the RT Radiation Set for the RT Radiation or calculated for this RT Radiation Record Set. See Section C.36.11.1.1."""
