"""Item class PETFrameCorrectionFactorsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PETFrameCorrectionFactorsSequenceItem",
]


class PETFrameCorrectionFactorsSequenceItem(DicomModel):
    """An item of PET Frame Correction Factors Sequence (0018,9736), as first defined in PET Frame Correction Factors Macro Attributes (C.8.22-15)."""

    dicom_name: ClassVar[str] = "PET Frame Correction Factors Sequence"
    dicom_table: ClassVar[str] = "table_C.8.22-15"

    PrimaryPromptsCountsAccumulated: Annotated[
        vr.IS | None,
        Attribute(
            0x00541310,
            "IS",
            "1",
            "1C",
            name="Primary (Prompts) Counts Accumulated",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Primary (Prompts) Counts Accumulated (0054,1310): Type 1C, VR IS, VM 1. Required if Frame Type (0008,9007) Value 1 is ORIGINAL. May be present otherwise. The sum of events that occur in the primary event channel. The counts include Trues +Scatter+ Randoms if Corrected Image (0028,0051) includes RAN; otherwise the counts are Trues +Scatter."""

    SliceSensitivityFactor: Annotated[
        vr.DS | None,
        Attribute(
            0x00541320,
            "DS",
            "1",
            "1C",
            name="Slice Sensitivity Factor",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Slice Sensitivity Factor (0054,1320): Type 1C, VR DS, VM 1. Required if Frame Type (0008,9007) Value 1 is ORIGINAL. May be present otherwise. The slice-to-slice sensitivity correction factor that was used to correct this frame. The value shall be one if no slice sensitivity correction was applied. Required if Frame Type (0008,9007) Value 1 is ORIGINAL. May be present otherwise."""

    DecayFactor: Annotated[
        vr.DS | None,
        Attribute(
            0x00541321,
            "DS",
            "1",
            "1C",
            name="Decay Factor",
            when=("value", 0x00189758, 0, "in", ("YES",)),
        ),
    ] = None
    """Decay Factor (0054,1321): Type 1C, VR DS, VM 1. Required if Decay Corrected (0018,9758) equals YES. The decay factor that was used to scale this frame. Required if Decay Corrected (0018,9758) equals YES."""

    ScatterFractionFactor: Annotated[
        vr.DS | None,
        Attribute(
            0x00541323,
            "DS",
            "1",
            "1C",
            name="Scatter Fraction Factor",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Scatter Fraction Factor (0054,1323): Type 1C, VR DS, VM 1. Required if Frame Type (0008,9007) Value 1 is ORIGINAL. May be present otherwise. An estimate of the fraction of acquired counts that were due to scatter and that were corrected in this frame. The value shall be zero if no scatter correction was applied. Required if Frame Type (0008,9007) Value 1 is ORIGINAL."""

    DeadTimeFactor: Annotated[
        vr.DS | None,
        Attribute(
            0x00541324,
            "DS",
            "1",
            "1C",
            name="Dead Time Factor",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Dead Time Factor (0054,1324): Type 1C, VR DS, VM 1. Required if Frame Type (0008,9007) Value 1 is ORIGINAL. May be present otherwise. The average dead time correction factor that was applied to this frame. The value shall be one if no dead time correction was applied. Required if Frame Type (0008,9007) Value 1 is ORIGINAL. May be present otherwise."""
