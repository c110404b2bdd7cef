"""CID 3412 Intervention Action/Status.

Extensible, version 20030327, UID 1.2.840.10008.6.1.77.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3412
NAME: _Final[str] = "Intervention Action/Status"
KEYWORD: _Final[str | None] = "InterventionActionStatus"
UID: _Final[str | None] = "1.2.840.10008.6.1.77"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

GuidewireCrossingLesionUnsuccessful: _Final[_Code] = _Code(
    "DCM", "122301", "Guidewire crossing lesion unsuccessful", (3412, 3752)
)
"""Guidewire crossing lesion unsuccessful (DCM 122301)."""

GuidewireCrossingLesionSuccessful: _Final[_Code] = _Code(
    "DCM", "122302", "Guidewire crossing lesion successful", (3412, 3752)
)
"""Guidewire crossing lesion successful (DCM 122302)."""

AngioplastyBalloonInflated: _Final[_Code] = _Code(
    "DCM", "122303", "Angioplasty balloon inflated", (3412,)
)
"""Angioplasty balloon inflated (DCM 122303)."""

AngioplastyBalloonDeflated: _Final[_Code] = _Code(
    "DCM", "122304", "Angioplasty balloon deflated", (3412,)
)
"""Angioplasty balloon deflated (DCM 122304)."""

DeviceDeployed: _Final[_Code] = _Code("DCM", "122305", "Device deployed", (3412,))
"""Device deployed (DCM 122305)."""

StentReExpanded: _Final[_Code] = _Code("DCM", "122306", "Stent re-expanded", (3412,))
"""Stent re-expanded (DCM 122306)."""

ObjectRemoved: _Final[_Code] = _Code("DCM", "122307", "Object removed", (3412,))
"""Object removed (DCM 122307)."""

RadiationApplied: _Final[_Code] = _Code("DCM", "122308", "Radiation applied", (3412,))
"""Radiation applied (DCM 122308)."""

RadiationRemoved: _Final[_Code] = _Code("DCM", "122309", "Radiation removed", (3412,))
"""Radiation removed (DCM 122309)."""

InterventionalDevicePlacementUnsuccessful: _Final[_Code] = _Code(
    "DCM", "122310", "Interventional device placement unsuccessful", (3412,)
)
"""Interventional device placement unsuccessful (DCM 122310)."""

InterventionalDevicePlaced: _Final[_Code] = _Code(
    "DCM", "122311", "Interventional device placed", (3412,)
)
"""Interventional device placed (DCM 122311)."""

InterventionPerformed: _Final[_Code] = _Code("DCM", "122312", "Intervention performed", (3412,))
"""Intervention performed (DCM 122312)."""

InterventionalDeviceWithdrawn: _Final[_Code] = _Code(
    "DCM", "122313", "Interventional device withdrawn", (3412,)
)
"""Interventional device withdrawn (DCM 122313)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    GuidewireCrossingLesionUnsuccessful,
    GuidewireCrossingLesionSuccessful,
    AngioplastyBalloonInflated,
    AngioplastyBalloonDeflated,
    DeviceDeployed,
    StentReExpanded,
    ObjectRemoved,
    RadiationApplied,
    RadiationRemoved,
    InterventionalDevicePlacementUnsuccessful,
    InterventionalDevicePlaced,
    InterventionPerformed,
    InterventionalDeviceWithdrawn,
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
