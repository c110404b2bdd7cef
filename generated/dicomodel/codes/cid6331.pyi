"""CID 6331 PI-RADS® v2 DWI Lesion Assessment Category.

Non-extensible, version 20210714, UID 1.2.840.10008.6.1.1388.

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
PIRADS1DWIVeryLow: _Final[_groups.Cid6331Code]
PIRADS2DWILow: _Final[_groups.Cid6331Code]
PIRADS3DWIIntermediate: _Final[_groups.Cid6331Code]
PIRADS4DWIHigh: _Final[_groups.Cid6331Code]
PIRADS5DWIVeryHigh: _Final[_groups.Cid6331Code]
PIRADSXDWIInadequateOrAbsent: _Final[_groups.Cid6331Code]
MEMBERS: _Final[tuple[_groups.Cid6331Code, ...]]
