"""CID 3612 Blood Velocity Measurement.

Extensible, version 20030327, UID 1.2.840.10008.6.1.162.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3612
NAME: Final[str] = "Blood Velocity Measurement"
KEYWORD: Final[str | None] = "BloodVelocityMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.162"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DiastolicBloodVelocityMean: Final[Code] = Code(
    "DCM", "122201", "Diastolic blood velocity, mean", (3612,)
)
"""Diastolic blood velocity, mean (DCM 122201)."""

DiastolicBloodVelocityPeak: Final[Code] = Code(
    "DCM", "122202", "Diastolic blood velocity, peak", (3612,)
)
"""Diastolic blood velocity, peak (DCM 122202)."""

SystolicBloodVelocityMean: Final[Code] = Code(
    "DCM", "122203", "Systolic blood velocity, mean", (3612,)
)
"""Systolic blood velocity, mean (DCM 122203)."""

SystolicBloodVelocityPeak: Final[Code] = Code(
    "DCM", "122204", "Systolic blood velocity, peak", (3612,)
)
"""Systolic blood velocity, peak (DCM 122204)."""

BloodVelocityMean: Final[Code] = Code("DCM", "122205", "Blood velocity, mean", (3612,))
"""Blood velocity, mean (DCM 122205)."""

BloodVelocityMinimum: Final[Code] = Code("DCM", "122206", "Blood velocity, minimum", (3612,))
"""Blood velocity, minimum (DCM 122206)."""

BloodVelocityPeak: Final[Code] = Code("DCM", "122207", "Blood velocity, peak", (3612,))
"""Blood velocity, peak (DCM 122207)."""

MEMBERS: Final[tuple[Code, ...]] = (
    DiastolicBloodVelocityMean,
    DiastolicBloodVelocityPeak,
    SystolicBloodVelocityMean,
    SystolicBloodVelocityPeak,
    BloodVelocityMean,
    BloodVelocityMinimum,
    BloodVelocityPeak,
)
"""The resolved membership: own members, then those of the included groups, in order."""
