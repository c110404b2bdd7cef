"""CID 6330 PI-RADS® v2 T2WI TZ Lesion Assessment Category.

Non-extensible, version 20210714, UID 1.2.840.10008.6.1.1387.

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
PIRADS1T2WITZVeryLow: _Final[_groups.Cid6330Code]
PIRADS2T2WITZLow: _Final[_groups.Cid6330Code]
PIRADS3T2WITZIntermediate: _Final[_groups.Cid6330Code]
PIRADS4T2WITZHigh: _Final[_groups.Cid6330Code]
PIRADS5T2WITZVeryHigh: _Final[_groups.Cid6330Code]
PIRADSXT2WITZInadequateOrAbsent: _Final[_groups.Cid6330Code]
MEMBERS: _Final[tuple[_groups.Cid6330Code, ...]]
