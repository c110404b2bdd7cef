"""CID 4235 Keratometry Descriptor.

Extensible, version 20100623, UID 1.2.840.10008.6.1.881.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4235
NAME: _Final[str] = "Keratometry Descriptor"
KEYWORD: _Final[str | None] = "KeratometryDescriptor"
UID: _Final[str | None] = "1.2.840.10008.6.1.881"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100623"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ManualKeratometry: _Final[_Code] = _Code("DCM", "111753", "Manual Keratometry", (4235,))
"""Manual Keratometry (DCM 111753)."""

AutoKeratometry: _Final[_Code] = _Code("DCM", "111754", "Auto Keratometry", (4235,))
"""Auto Keratometry (DCM 111754)."""

SimulatedKeratometry: _Final[_Code] = _Code("DCM", "111755", "Simulated Keratometry", (4235,))
"""Simulated Keratometry (DCM 111755)."""

EquivalentKReading: _Final[_Code] = _Code("DCM", "111756", "Equivalent K-reading", (4235,))
"""Equivalent K-reading (DCM 111756)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ManualKeratometry,
    AutoKeratometry,
    SimulatedKeratometry,
    EquivalentKReading,
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
