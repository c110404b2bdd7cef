"""CID 12033 Ultrasound Transducer Geometry.

Extensible, version 20230626, UID 1.2.840.10008.6.1.808.

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
NonImagingDopplerUltrasoundTransducerGeometry: _Final[_groups.Cid12033Code]
LinearUltrasoundTransducerGeometry: _Final[_groups.Cid12033Code]
CurvedLinearUltrasoundTransducerGeometry: _Final[_groups.Cid12033Code]
SectorUltrasoundTransducerGeometry: _Final[_groups.Cid12033Code]
RadialUltrasoundTransducerGeometry: _Final[_groups.Cid12033Code]
RingUltrasoundTransducerGeometry: _Final[_groups.Cid12033Code]
PlanarMatrixUltrasoundTransducerGeometry: _Final[_groups.Cid12033Code]
HemisphericalUltrasoundTransducerGeometry: _Final[_groups.Cid12033Code]
MEMBERS: _Final[tuple[_groups.Cid12033Code, ...]]
