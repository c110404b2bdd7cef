"""CID 6329 PI-RADS® v2 T2WI PZ Lesion Assessment Category.

Non-extensible, version 20210714, UID 1.2.840.10008.6.1.1386.

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
PIRADS1T2WIPZVeryLow: _Final[_groups.Cid6329Code]
PIRADS2T2WIPZLow: _Final[_groups.Cid6329Code]
PIRADS3T2WIPZIntermediate: _Final[_groups.Cid6329Code]
PIRADS4T2WIPZHigh: _Final[_groups.Cid6329Code]
PIRADS5T2WIPZVeryHigh: _Final[_groups.Cid6329Code]
PIRADSXT2WIPZInadequateOrAbsent: _Final[_groups.Cid6329Code]
MEMBERS: _Final[tuple[_groups.Cid6329Code, ...]]
