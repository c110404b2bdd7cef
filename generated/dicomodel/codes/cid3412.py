"""CID 3412 Intervention Action/Status.

Extensible, version 20030327, UID 1.2.840.10008.6.1.77.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3412
NAME: Final[str] = "Intervention Action/Status"
KEYWORD: Final[str | None] = "InterventionActionStatus"
UID: Final[str | None] = "1.2.840.10008.6.1.77"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

GuidewireCrossingLesionUnsuccessful: Final[Code] = Code(
    "DCM", "122301", "Guidewire crossing lesion unsuccessful", (3412, 3752)
)
"""Guidewire crossing lesion unsuccessful (DCM 122301)."""

GuidewireCrossingLesionSuccessful: Final[Code] = Code(
    "DCM", "122302", "Guidewire crossing lesion successful", (3412, 3752)
)
"""Guidewire crossing lesion successful (DCM 122302)."""

AngioplastyBalloonInflated: Final[Code] = Code(
    "DCM", "122303", "Angioplasty balloon inflated", (3412,)
)
"""Angioplasty balloon inflated (DCM 122303)."""

AngioplastyBalloonDeflated: Final[Code] = Code(
    "DCM", "122304", "Angioplasty balloon deflated", (3412,)
)
"""Angioplasty balloon deflated (DCM 122304)."""

DeviceDeployed: Final[Code] = Code("DCM", "122305", "Device deployed", (3412,))
"""Device deployed (DCM 122305)."""

StentReExpanded: Final[Code] = Code("DCM", "122306", "Stent re-expanded", (3412,))
"""Stent re-expanded (DCM 122306)."""

ObjectRemoved: Final[Code] = Code("DCM", "122307", "Object removed", (3412,))
"""Object removed (DCM 122307)."""

RadiationApplied: Final[Code] = Code("DCM", "122308", "Radiation applied", (3412,))
"""Radiation applied (DCM 122308)."""

RadiationRemoved: Final[Code] = Code("DCM", "122309", "Radiation removed", (3412,))
"""Radiation removed (DCM 122309)."""

InterventionalDevicePlacementUnsuccessful: Final[Code] = Code(
    "DCM", "122310", "Interventional device placement unsuccessful", (3412,)
)
"""Interventional device placement unsuccessful (DCM 122310)."""

InterventionalDevicePlaced: Final[Code] = Code(
    "DCM", "122311", "Interventional device placed", (3412,)
)
"""Interventional device placed (DCM 122311)."""

InterventionPerformed: Final[Code] = Code("DCM", "122312", "Intervention performed", (3412,))
"""Intervention performed (DCM 122312)."""

InterventionalDeviceWithdrawn: Final[Code] = Code(
    "DCM", "122313", "Interventional device withdrawn", (3412,)
)
"""Interventional device withdrawn (DCM 122313)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
