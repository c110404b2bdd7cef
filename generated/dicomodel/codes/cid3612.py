"""CID 3612 Blood Velocity Measurement.

Extensible, version 20030327, UID 1.2.840.10008.6.1.162.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3612
NAME: _Final[str] = "Blood Velocity Measurement"
KEYWORD: _Final[str | None] = "BloodVelocityMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.162"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DiastolicBloodVelocityMean: _Final[_Code] = _Code(
    "DCM", "122201", "Diastolic blood velocity, mean", (3612,)
)
"""Diastolic blood velocity, mean (DCM 122201)."""

DiastolicBloodVelocityPeak: _Final[_Code] = _Code(
    "DCM", "122202", "Diastolic blood velocity, peak", (3612,)
)
"""Diastolic blood velocity, peak (DCM 122202)."""

SystolicBloodVelocityMean: _Final[_Code] = _Code(
    "DCM", "122203", "Systolic blood velocity, mean", (3612,)
)
"""Systolic blood velocity, mean (DCM 122203)."""

SystolicBloodVelocityPeak: _Final[_Code] = _Code(
    "DCM", "122204", "Systolic blood velocity, peak", (3612,)
)
"""Systolic blood velocity, peak (DCM 122204)."""

BloodVelocityMean: _Final[_Code] = _Code("DCM", "122205", "Blood velocity, mean", (3612,))
"""Blood velocity, mean (DCM 122205)."""

BloodVelocityMinimum: _Final[_Code] = _Code("DCM", "122206", "Blood velocity, minimum", (3612,))
"""Blood velocity, minimum (DCM 122206)."""

BloodVelocityPeak: _Final[_Code] = _Code("DCM", "122207", "Blood velocity, peak", (3612,))
"""Blood velocity, peak (DCM 122207)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    DiastolicBloodVelocityMean,
    DiastolicBloodVelocityPeak,
    SystolicBloodVelocityMean,
    SystolicBloodVelocityPeak,
    BloodVelocityMean,
    BloodVelocityMinimum,
    BloodVelocityPeak,
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
