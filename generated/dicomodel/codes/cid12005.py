"""CID 12005 Fetal Biometry Measurement.

Extensible, version 20210120, UID 1.2.840.10008.6.1.554.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12005
NAME: _Final[str] = "Fetal Biometry Measurement"
KEYWORD: _Final[str | None] = "FetalBiometryMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.554"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210120"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AbdominalCircumference: _Final[_Code] = _Code(
    "LN", "11979-2", "Abdominal Circumference", (12005, 12279)
)
"""Abdominal Circumference (LN 11979-2)."""

AnteriorPosteriorAbdominalDiameter: _Final[_Code] = _Code(
    "LN", "11818-2", "Anterior-Posterior Abdominal Diameter", (12005, 12279)
)
"""Anterior-Posterior Abdominal Diameter (LN 11818-2)."""

AnteriorPosteriorTrunkDiameter: _Final[_Code] = _Code(
    "LN", "11819-0", "Anterior-Posterior Trunk Diameter", (12005, 12279)
)
"""Anterior-Posterior Trunk Diameter (LN 11819-0)."""

BiparietalDiameter: _Final[_Code] = _Code("LN", "11820-8", "Biparietal Diameter", (12005, 12279))
"""Biparietal Diameter (LN 11820-8)."""

BPDAreaCorrected: _Final[_Code] = _Code("LN", "11824-0", "BPD area corrected", (12005, 12279))
"""BPD area corrected (LN 11824-0)."""

CisternaMagnaLength: _Final[_Code] = _Code(
    "LN", "11860-4", "Cisterna Magna Length", (12005, 12007, 12279)
)
"""Cisterna Magna Length (LN 11860-4)."""

FemurLength: _Final[_Code] = _Code("LN", "11963-6", "Femur Length", (12005, 12006, 12279))
"""Femur Length (LN 11963-6)."""

FootLength: _Final[_Code] = _Code("LN", "11965-1", "Foot length", (12005,))
"""Foot length (LN 11965-1)."""

HeadCircumference: _Final[_Code] = _Code("LN", "11984-2", "Head Circumference", (12005, 12279))
"""Head Circumference (LN 11984-2)."""

LeftFetalEarLength: _Final[_Code] = _Code("LN", "53684-7", "Left Fetal Ear Length", (12005,))
"""Left Fetal Ear Length (LN 53684-7)."""

OccipitalFrontalDiameter: _Final[_Code] = _Code(
    "LN", "11851-3", "Occipital-Frontal Diameter", (12005, 12279)
)
"""Occipital-Frontal Diameter (LN 11851-3)."""

RightFetalEarLength: _Final[_Code] = _Code("LN", "53668-0", "Right Fetal Ear Length", (12005,))
"""Right Fetal Ear Length (LN 53668-0)."""

ThoracicCircumference: _Final[_Code] = _Code(
    "LN", "11988-3", "Thoracic Circumference", (12005, 12279)
)
"""Thoracic Circumference (LN 11988-3)."""

ThoracicArea: _Final[_Code] = _Code("LN", "33068-8", "Thoracic Area", (12005, 12279))
"""Thoracic Area (LN 33068-8)."""

TransverseAbdominalDiameter: _Final[_Code] = _Code(
    "LN", "11862-0", "Transverse Abdominal Diameter", (12005, 12279)
)
"""Transverse Abdominal Diameter (LN 11862-0)."""

TransverseCerebellarDiameter: _Final[_Code] = _Code(
    "LN", "11863-8", "Transverse Cerebellar Diameter", (12005, 12007, 12279)
)
"""Transverse Cerebellar Diameter (LN 11863-8)."""

TransverseThoracicDiameter: _Final[_Code] = _Code(
    "LN", "11864-6", "Transverse Thoracic Diameter", (12005, 12279)
)
"""Transverse Thoracic Diameter (LN 11864-6)."""

LeftKidneyThickness: _Final[_Code] = _Code("LN", "11853-9", "Left Kidney thickness", (12005,))
"""Left Kidney thickness (LN 11853-9)."""

LeftKidneyLength: _Final[_Code] = _Code("LN", "11834-9", "Left Kidney length", (12005,))
"""Left Kidney length (LN 11834-9)."""

LeftKidneyWidth: _Final[_Code] = _Code("LN", "11825-7", "Left Kidney width", (12005,))
"""Left Kidney width (LN 11825-7)."""

RightKidneyThickness: _Final[_Code] = _Code("LN", "11855-4", "Right Kidney thickness", (12005,))
"""Right Kidney thickness (LN 11855-4)."""

RightKidneyLength: _Final[_Code] = _Code("LN", "11836-4", "Right Kidney length", (12005,))
"""Right Kidney length (LN 11836-4)."""

RightKidneyWidth: _Final[_Code] = _Code("LN", "11827-3", "Right Kidney width", (12005,))
"""Right Kidney width (LN 11827-3)."""

APADTAD: _Final[_Code] = _Code("LN", "33191-8", "APAD * TAD", (12005,))
"""APAD * TAD (LN 33191-8)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
