"""CID 12005 Fetal Biometry Measurement.

Extensible, version 20210120, UID 1.2.840.10008.6.1.554.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12005
NAME: Final[str] = "Fetal Biometry Measurement"
KEYWORD: Final[str | None] = "FetalBiometryMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.554"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210120"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AbdominalCircumference: Final[Code] = Code(
    "LN", "11979-2", "Abdominal Circumference", (12005, 12279)
)
"""Abdominal Circumference (LN 11979-2)."""

AnteriorPosteriorAbdominalDiameter: Final[Code] = Code(
    "LN", "11818-2", "Anterior-Posterior Abdominal Diameter", (12005, 12279)
)
"""Anterior-Posterior Abdominal Diameter (LN 11818-2)."""

AnteriorPosteriorTrunkDiameter: Final[Code] = Code(
    "LN", "11819-0", "Anterior-Posterior Trunk Diameter", (12005, 12279)
)
"""Anterior-Posterior Trunk Diameter (LN 11819-0)."""

BiparietalDiameter: Final[Code] = Code("LN", "11820-8", "Biparietal Diameter", (12005, 12279))
"""Biparietal Diameter (LN 11820-8)."""

BPDAreaCorrected: Final[Code] = Code("LN", "11824-0", "BPD area corrected", (12005, 12279))
"""BPD area corrected (LN 11824-0)."""

CisternaMagnaLength: Final[Code] = Code(
    "LN", "11860-4", "Cisterna Magna Length", (12005, 12007, 12279)
)
"""Cisterna Magna Length (LN 11860-4)."""

FemurLength: Final[Code] = Code("LN", "11963-6", "Femur Length", (12005, 12006, 12279))
"""Femur Length (LN 11963-6)."""

FootLength: Final[Code] = Code("LN", "11965-1", "Foot length", (12005,))
"""Foot length (LN 11965-1)."""

HeadCircumference: Final[Code] = Code("LN", "11984-2", "Head Circumference", (12005, 12279))
"""Head Circumference (LN 11984-2)."""

LeftFetalEarLength: Final[Code] = Code("LN", "53684-7", "Left Fetal Ear Length", (12005,))
"""Left Fetal Ear Length (LN 53684-7)."""

OccipitalFrontalDiameter: Final[Code] = Code(
    "LN", "11851-3", "Occipital-Frontal Diameter", (12005, 12279)
)
"""Occipital-Frontal Diameter (LN 11851-3)."""

RightFetalEarLength: Final[Code] = Code("LN", "53668-0", "Right Fetal Ear Length", (12005,))
"""Right Fetal Ear Length (LN 53668-0)."""

ThoracicCircumference: Final[Code] = Code("LN", "11988-3", "Thoracic Circumference", (12005, 12279))
"""Thoracic Circumference (LN 11988-3)."""

ThoracicArea: Final[Code] = Code("LN", "33068-8", "Thoracic Area", (12005, 12279))
"""Thoracic Area (LN 33068-8)."""

TransverseAbdominalDiameter: Final[Code] = Code(
    "LN", "11862-0", "Transverse Abdominal Diameter", (12005, 12279)
)
"""Transverse Abdominal Diameter (LN 11862-0)."""

TransverseCerebellarDiameter: Final[Code] = Code(
    "LN", "11863-8", "Transverse Cerebellar Diameter", (12005, 12007, 12279)
)
"""Transverse Cerebellar Diameter (LN 11863-8)."""

TransverseThoracicDiameter: Final[Code] = Code(
    "LN", "11864-6", "Transverse Thoracic Diameter", (12005, 12279)
)
"""Transverse Thoracic Diameter (LN 11864-6)."""

LeftKidneyThickness: Final[Code] = Code("LN", "11853-9", "Left Kidney thickness", (12005,))
"""Left Kidney thickness (LN 11853-9)."""

LeftKidneyLength: Final[Code] = Code("LN", "11834-9", "Left Kidney length", (12005,))
"""Left Kidney length (LN 11834-9)."""

LeftKidneyWidth: Final[Code] = Code("LN", "11825-7", "Left Kidney width", (12005,))
"""Left Kidney width (LN 11825-7)."""

RightKidneyThickness: Final[Code] = Code("LN", "11855-4", "Right Kidney thickness", (12005,))
"""Right Kidney thickness (LN 11855-4)."""

RightKidneyLength: Final[Code] = Code("LN", "11836-4", "Right Kidney length", (12005,))
"""Right Kidney length (LN 11836-4)."""

RightKidneyWidth: Final[Code] = Code("LN", "11827-3", "Right Kidney width", (12005,))
"""Right Kidney width (LN 11827-3)."""

APADTAD: Final[Code] = Code("LN", "33191-8", "APAD * TAD", (12005,))
"""APAD * TAD (LN 33191-8)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AbdominalCircumference,
    AnteriorPosteriorAbdominalDiameter,
    AnteriorPosteriorTrunkDiameter,
    BiparietalDiameter,
    BPDAreaCorrected,
    CisternaMagnaLength,
    FemurLength,
    FootLength,
    HeadCircumference,
    LeftFetalEarLength,
    OccipitalFrontalDiameter,
    RightFetalEarLength,
    ThoracicCircumference,
    ThoracicArea,
    TransverseAbdominalDiameter,
    TransverseCerebellarDiameter,
    TransverseThoracicDiameter,
    LeftKidneyThickness,
    LeftKidneyLength,
    LeftKidneyWidth,
    RightKidneyThickness,
    RightKidneyLength,
    RightKidneyWidth,
    APADTAD,
)
"""The resolved membership: own members, then those of the included groups, in order."""
