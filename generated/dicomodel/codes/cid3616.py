"""CID 3616 Hemodynamic Period Measurement.

Extensible, version 20030327, UID 1.2.840.10008.6.1.166.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3616
NAME: _Final[str] = "Hemodynamic Period Measurement"
KEYWORD: _Final[str | None] = "HemodynamicPeriodMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.166"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AorticSystolicEjectionPeriodSepa: _Final[_Code] = _Code(
    "SCT", "371850007", "Aortic Systolic Ejection Period (SEPa)", (3616,)
)
"""Aortic Systolic Ejection Period (SEPa) (SCT 371850007)."""

PulmonarySystolicEjectionPeriodSepp: _Final[_Code] = _Code(
    "SCT", "371848004", "Pulmonary Systolic Ejection Period (SEPp)", (3616,)
)
"""Pulmonary Systolic Ejection Period (SEPp) (SCT 371848004)."""

MitralDiastolicFillingPeriodDfpm: _Final[_Code] = _Code(
    "SCT", "371849007", "Mitral Diastolic Filling Period (DFPm)", (3616,)
)
"""Mitral Diastolic Filling Period (DFPm) (SCT 371849007)."""

TricuspidDiastolicFillingPeriodDfpt: _Final[_Code] = _Code(
    "SCT", "371847009", "Tricuspid Diastolic Filling Period (DFPt)", (3616, 12267)
)
"""Tricuspid Diastolic Filling Period (DFPt) (SCT 371847009)."""

DerivedPeriodNonValve: _Final[_Code] = _Code(
    "SCT", "371853009", "Derived Period, Non-Valve", (3616,)
)
"""Derived Period, Non-Valve (SCT 371853009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AorticSystolicEjectionPeriodSepa,
    PulmonarySystolicEjectionPeriodSepp,
    MitralDiastolicFillingPeriodDfpm,
    TricuspidDiastolicFillingPeriodDfpt,
    DerivedPeriodNonValve,
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
