"""CID 6148 Mediastinum Finding or Feature.

Extensible, version 20200309, UID 1.2.840.10008.6.1.1313.

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
AtrialSeptalDefect: _Final[_groups.Cid6148Code]
AzygoesophagealRecessInterface: _Final[_groups.Cid6148Code]
FascialLayer: _Final[_groups.Cid6148Code]
Hiatus: _Final[_groups.Cid6148Code]
ParaspinalLine: _Final[_groups.Cid6148Code]
PosteriorTrachealStripe: _Final[_groups.Cid6148Code]
RightTrachealStripe: _Final[_groups.Cid6148Code]
Stripe: _Final[_groups.Cid6148Code]
MEMBERS: _Final[tuple[_groups.Cid6148Code, ...]]
