"""CID 9572 Patient Shielding Device.

Extensible, version 20210906, UID 1.2.840.10008.6.1.1419.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9572
NAME: _Final[str] = "Patient Shielding Device"
KEYWORD: _Final[str | None] = "PatientShieldingDevice"
UID: _Final[str | None] = "1.2.840.10008.6.1.1419"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210906"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

GonadRadiationShield: _Final[_Code] = _Code("SCT", "470204007", "Gonad radiation shield", (9572,))
"""Gonad radiation shield (SCT 470204007)."""

EyeRadiationShield: _Final[_Code] = _Code("SCT", "469266003", "Eye radiation shield", (9572,))
"""Eye radiation shield (SCT 469266003)."""

CavityRadiationShield: _Final[_Code] = _Code("DCM", "130640", "Cavity radiation shield", (9572,))
"""Cavity radiation shield (DCM 130640)."""

IndependentRadiationShield: _Final[_Code] = _Code(
    "DCM", "130641", "Independent radiation shield", (9572,)
)
"""Independent radiation shield (DCM 130641)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    GonadRadiationShield,
    EyeRadiationShield,
    CavityRadiationShield,
    IndependentRadiationShield,
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
