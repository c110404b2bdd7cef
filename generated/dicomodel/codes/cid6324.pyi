"""CID 6324 Prostate MRI Assessment.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1381.
Includes CID 6325.

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
PIRADS1VeryLow: _Final[_groups.Cid6324Code]
PIRADS2Low: _Final[_groups.Cid6324Code]
PIRADS3Intermediate: _Final[_groups.Cid6324Code]
PIRADS4High: _Final[_groups.Cid6324Code]
PIRADS5VeryHigh: _Final[_groups.Cid6324Code]
PIRADSXInadequateOrAbsent: _Final[_groups.Cid6324Code]
MEMBERS: _Final[tuple[_groups.Cid6324Code, ...]]
