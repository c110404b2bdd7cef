"""CID 3760 Hypertension Therapy.

Extensible, version 20190817, UID 1.2.840.10008.6.1.254.

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
BetaBlocker: _Final[_groups.Cid3760Code]
CalciumChannelBlocker: _Final[_groups.Cid3760Code]
NitrateVasodilator: _Final[_groups.Cid3760Code]
ACEInhibitor: _Final[_groups.Cid3760Code]
AngiotensinIIReceptorAntagonist: _Final[_groups.Cid3760Code]
Diuretic: _Final[_groups.Cid3760Code]
MEMBERS: _Final[tuple[_groups.Cid3760Code, ...]]
