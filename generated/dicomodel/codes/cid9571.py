"""CID 9571 Patient Treatment Preparation Method.

Extensible, version 20210906, UID 1.2.840.10008.6.1.1418.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9571
NAME: _Final[str] = "Patient Treatment Preparation Method"
KEYWORD: _Final[str | None] = "PatientTreatmentPreparationMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.1418"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210906"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

IsocentricSetupMethod: _Final[_Code] = _Code("DCM", "130630", "Isocentric Setup Method", (9571,))
"""Isocentric Setup Method (DCM 130630)."""

ControlledSSDSetupMethod: _Final[_Code] = _Code(
    "DCM", "130631", "Controlled SSD Setup Method", (9571,)
)
"""Controlled SSD Setup Method (DCM 130631)."""

TBISetupMethod: _Final[_Code] = _Code("DCM", "130632", "TBI Setup Method", (9571,))
"""TBI Setup Method (DCM 130632)."""

StereotacticSetupMethod: _Final[_Code] = _Code(
    "DCM", "130633", "Stereotactic Setup Method", (9571,)
)
"""Stereotactic Setup Method (DCM 130633)."""

SkinAppositionSetupMethod: _Final[_Code] = _Code(
    "DCM", "130634", "Skin Apposition Setup Method", (9571,)
)
"""Skin Apposition Setup Method (DCM 130634)."""

OcularGazeSetupMethod: _Final[_Code] = _Code("DCM", "130635", "Ocular Gaze Setup Method", (9571,))
"""Ocular Gaze Setup Method (DCM 130635)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    IsocentricSetupMethod,
    ControlledSSDSetupMethod,
    TBISetupMethod,
    StereotacticSetupMethod,
    SkinAppositionSetupMethod,
    OcularGazeSetupMethod,
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
