"""CID 12006 Fetal Long Bones Biometry Measurement.

Extensible, version 20030130, UID 1.2.840.10008.6.1.555.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12006
NAME: _Final[str] = "Fetal Long Bones Biometry Measurement"
KEYWORD: _Final[str | None] = "FetalLongBonesBiometryMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.555"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030130"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

HumerusLength: _Final[_Code] = _Code("LN", "11966-9", "Humerus length", (12006,))
"""Humerus length (LN 11966-9)."""

RadiusLength: _Final[_Code] = _Code("LN", "11967-7", "Radius length", (12006,))
"""Radius length (LN 11967-7)."""

UlnaLength: _Final[_Code] = _Code("LN", "11969-3", "Ulna length", (12006,))
"""Ulna length (LN 11969-3)."""

TibiaLength: _Final[_Code] = _Code("LN", "11968-5", "Tibia length", (12006,))
"""Tibia length (LN 11968-5)."""

FibulaLength: _Final[_Code] = _Code("LN", "11964-4", "Fibula length", (12006,))
"""Fibula length (LN 11964-4)."""

ClavicleLength: _Final[_Code] = _Code("LN", "11962-8", "Clavicle length", (12006,))
"""Clavicle length (LN 11962-8)."""

FemurLength: _Final[_Code] = _Code("LN", "11963-6", "Femur Length", (12005, 12006, 12279))
"""Femur Length (LN 11963-6)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    HumerusLength,
    RadiusLength,
    UlnaLength,
    TibiaLength,
    FibulaLength,
    ClavicleLength,
    FemurLength,
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
