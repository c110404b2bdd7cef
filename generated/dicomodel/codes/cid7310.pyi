"""CID 7310 Implant Fixation Method.

Extensible, version 20200310, UID 1.2.840.10008.6.1.1041.

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
Anchoring: _Final[_Code]
Fusion: _Final[_Code]
Gluing: _Final[_Code]
InternalSkeletalFixation: _Final[_Code]
InternalFixationUsingPlate: _Final[_Code]
InternalFixationUsingScrew: _Final[_Code]
InternalFixationUsingStaple: _Final[_Code]
CementedComponentFixation: _Final[_Code]
UncementedComponentFixation: _Final[_Code]
RepairByNailing: _Final[_Code]
Pinning: _Final[_Code]
Sewing: _Final[_Code]
Bolting: _Final[_Code]
Wedging: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
