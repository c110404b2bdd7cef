"""CID 3760 Hypertension Therapy.

Extensible, version 20190817, UID 1.2.840.10008.6.1.254.

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
BetaBlocker: _Final[_Code]
CalciumChannelBlocker: _Final[_Code]
NitrateVasodilator: _Final[_Code]
ACEInhibitor: _Final[_Code]
AngiotensinIIReceptorAntagonist: _Final[_Code]
Diuretic: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
