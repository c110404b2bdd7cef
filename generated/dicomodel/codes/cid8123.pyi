"""CID 8123 Microscopy Illumination Method.

Extensible, version 20100824, UID 1.2.840.10008.6.1.900.

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
TransmissionIllumination: _Final[_Code]
ReflectionIllumination: _Final[_Code]
EpifluorescenceIllumination: _Final[_Code]
BrightfieldIllumination: _Final[_Code]
DarkfieldIllumination: _Final[_Code]
ObliqueIllumination: _Final[_Code]
PhaseContrastIllumination: _Final[_Code]
DifferentialInterferenceContrast: _Final[_Code]
TotalInternalReflectionFluorescence: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
