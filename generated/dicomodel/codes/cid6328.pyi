"""CID 6328 PI-RADS® v2 Lesion Assessment Category.

Non-extensible, version 20210714, UID 1.2.840.10008.6.1.1385.

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
PIRADS1VeryLow: _Final[_groups.Cid6328Code]
PIRADS2Low: _Final[_groups.Cid6328Code]
PIRADS3Intermediate: _Final[_groups.Cid6328Code]
PIRADS4High: _Final[_groups.Cid6328Code]
PIRADS5VeryHigh: _Final[_groups.Cid6328Code]
PIRADSXInadequateOrAbsent: _Final[_groups.Cid6328Code]
MEMBERS: _Final[tuple[_groups.Cid6328Code, ...]]
