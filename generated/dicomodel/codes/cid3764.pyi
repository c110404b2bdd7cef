"""CID 3764 Myocardial Infarction Therapy.

Extensible, version 20070827, UID 1.2.840.10008.6.1.257.

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
PercutaneousCoronaryIntervention: _Final[_groups.Cid3764Code]
InsertionOfCoronaryArteryStent: _Final[_groups.Cid3764Code]
CoronaryArteryBypassGraft: _Final[_groups.Cid3764Code]
ThrombolyticTherapy: _Final[_groups.Cid3764Code]
MEMBERS: _Final[tuple[_groups.Cid3764Code, ...]]
