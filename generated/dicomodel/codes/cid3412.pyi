"""CID 3412 Intervention Action/Status.

Extensible, version 20030327, UID 1.2.840.10008.6.1.77.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
GuidewireCrossingLesionUnsuccessful: _Final[_Code]
GuidewireCrossingLesionSuccessful: _Final[_Code]
AngioplastyBalloonInflated: _Final[_Code]
AngioplastyBalloonDeflated: _Final[_Code]
DeviceDeployed: _Final[_Code]
StentReExpanded: _Final[_Code]
ObjectRemoved: _Final[_Code]
RadiationApplied: _Final[_Code]
RadiationRemoved: _Final[_Code]
InterventionalDevicePlacementUnsuccessful: _Final[_Code]
InterventionalDevicePlaced: _Final[_Code]
InterventionPerformed: _Final[_Code]
InterventionalDeviceWithdrawn: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
