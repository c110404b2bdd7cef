"""CID 8123 Microscopy Illumination Method.

Extensible, version 20100824, UID 1.2.840.10008.6.1.900.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
TransmissionIllumination: _Final[_groups.Cid8123Code]
ReflectionIllumination: _Final[_groups.Cid8123Code]
EpifluorescenceIllumination: _Final[_groups.Cid8123Code]
BrightfieldIllumination: _Final[_groups.Cid8123Code]
DarkfieldIllumination: _Final[_groups.Cid8123Code]
ObliqueIllumination: _Final[_groups.Cid8123Code]
PhaseContrastIllumination: _Final[_groups.Cid8123Code]
DifferentialInterferenceContrast: _Final[_groups.Cid8123Code]
TotalInternalReflectionFluorescence: _Final[_groups.Cid8123Code]
MEMBERS: _Final[tuple[_groups.Cid8123Code, ...]]
