"""CID 7449 Reader Specialty.

Extensible, version 20160601, UID 1.2.840.10008.6.1.1119.

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
AbdominalImagingSpecialty: _Final[_Code]
CardiacImagingSpecialty: _Final[_Code]
HeadAndNeckImagingSpecialty: _Final[_Code]
MusculoskeletalImagingSpecialty: _Final[_Code]
NeurologySpecialty: _Final[_Code]
NeuroradiologyImagingSpecialty: _Final[_Code]
OBGynImagingSpecialty: _Final[_Code]
OncologicImagingSpecialty: _Final[_Code]
OncologySpecialty: _Final[_Code]
ThoracicImagingSpecialty: _Final[_Code]
PediatricImagingSpecialty: _Final[_Code]
VascularImagingSpecialty: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
