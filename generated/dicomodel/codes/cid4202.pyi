"""CID 4202 Ophthalmic Photography Acquisition Device.

Extensible, version 20100607, UID 1.2.840.10008.6.1.318.

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
FundusCamera: _Final[_Code]
SlitLampBiomicroscope: _Final[_Code]
ExternalCamera: _Final[_Code]
SpecularMicroscope: _Final[_Code]
OperatingMicroscope: _Final[_Code]
ScanningLaserOphthalmoscope: _Final[_Code]
IndirectOphthalmoscope: _Final[_Code]
DirectOphthalmoscope: _Final[_Code]
OphthalmicEndoscope: _Final[_Code]
Keratoscope: _Final[_Code]
Pupillograph: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
