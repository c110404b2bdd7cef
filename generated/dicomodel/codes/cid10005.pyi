"""CID 10005 X-Ray Radiation Dose Procedure Type Reported.

Extensible, version 20240611, UID 1.2.840.10008.6.1.1477.

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
PlainRadiography: _Final[_Code]
Mammography: _Final[_Code]
Fluoroscopy: _Final[_Code]
FluoroscopyAndRadiography: _Final[_Code]
ComputedTomography: _Final[_Code]
ConeBeamComputedTomography: _Final[_Code]
DualEnergyXRayAbsorptiometry: _Final[_Code]
DentalRadiography: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
