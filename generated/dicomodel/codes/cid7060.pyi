"""CID 7060 Encapsulated Document Source Purpose of Reference.

Extensible, version 20180403, UID 1.2.840.10008.6.1.1201.
Includes CID 7013.

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
SourceImage: _Final[_Code]
SourceMeasurement: _Final[_Code]
SourceReport: _Final[_Code]
SourceRawData: _Final[_Code]
SourceDeformableSpatialRegistration: _Final[_Code]
SourceRealWorldValueMap: _Final[_Code]
SourceSegmentation: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
