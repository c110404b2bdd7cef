"""CID 12033 Ultrasound Transducer Geometry.

Extensible, version 20230626, UID 1.2.840.10008.6.1.808.

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
NonImagingDopplerUltrasoundTransducerGeometry: _Final[_Code]
LinearUltrasoundTransducerGeometry: _Final[_Code]
CurvedLinearUltrasoundTransducerGeometry: _Final[_Code]
SectorUltrasoundTransducerGeometry: _Final[_Code]
RadialUltrasoundTransducerGeometry: _Final[_Code]
RingUltrasoundTransducerGeometry: _Final[_Code]
PlanarMatrixUltrasoundTransducerGeometry: _Final[_Code]
HemisphericalUltrasoundTransducerGeometry: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
