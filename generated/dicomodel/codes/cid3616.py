"""CID 3616 Hemodynamic Period Measurement.

Extensible, version 20030327, UID 1.2.840.10008.6.1.166.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3616
NAME: Final[str] = "Hemodynamic Period Measurement"
KEYWORD: Final[str | None] = "HemodynamicPeriodMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.166"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AorticSystolicEjectionPeriodSepa: Final[Code] = Code(
    "SCT", "371850007", "Aortic Systolic Ejection Period (SEPa)", (3616,)
)
"""Aortic Systolic Ejection Period (SEPa) (SCT 371850007)."""

PulmonarySystolicEjectionPeriodSepp: Final[Code] = Code(
    "SCT", "371848004", "Pulmonary Systolic Ejection Period (SEPp)", (3616,)
)
"""Pulmonary Systolic Ejection Period (SEPp) (SCT 371848004)."""

MitralDiastolicFillingPeriodDfpm: Final[Code] = Code(
    "SCT", "371849007", "Mitral Diastolic Filling Period (DFPm)", (3616,)
)
"""Mitral Diastolic Filling Period (DFPm) (SCT 371849007)."""

TricuspidDiastolicFillingPeriodDfpt: Final[Code] = Code(
    "SCT", "371847009", "Tricuspid Diastolic Filling Period (DFPt)", (3616, 12267)
)
"""Tricuspid Diastolic Filling Period (DFPt) (SCT 371847009)."""

DerivedPeriodNonValve: Final[Code] = Code("SCT", "371853009", "Derived Period, Non-Valve", (3616,))
"""Derived Period, Non-Valve (SCT 371853009)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AorticSystolicEjectionPeriodSepa,
    PulmonarySystolicEjectionPeriodSepp,
    MitralDiastolicFillingPeriodDfpm,
    TricuspidDiastolicFillingPeriodDfpt,
    DerivedPeriodNonValve,
)
"""The resolved membership: own members, then those of the included groups, in order."""
