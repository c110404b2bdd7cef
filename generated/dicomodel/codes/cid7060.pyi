"""CID 7060 Encapsulated Document Source Purpose of Reference.

Extensible, version 20180403, UID 1.2.840.10008.6.1.1201.
Includes CID 7013.

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
SourceImage: _Final[_groups.Cid7060Code]
SourceMeasurement: _Final[_groups.Cid7060Code]
SourceReport: _Final[_groups.Cid7060Code]
SourceRawData: _Final[_groups.Cid7060Code]
SourceDeformableSpatialRegistration: _Final[_groups.Cid7060Code]
SourceRealWorldValueMap: _Final[_groups.Cid7060Code]
SourceSegmentation: _Final[_groups.Cid7060Code]
MEMBERS: _Final[tuple[_groups.Cid7060Code, ...]]
