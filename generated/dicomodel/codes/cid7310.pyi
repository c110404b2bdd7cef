"""CID 7310 Implant Fixation Method.

Extensible, version 20200310, UID 1.2.840.10008.6.1.1041.

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
Anchoring: _Final[_groups.Cid7310Code]
Fusion: _Final[_groups.Cid7310Code]
Gluing: _Final[_groups.Cid7310Code]
InternalSkeletalFixation: _Final[_groups.Cid7310Code]
InternalFixationUsingPlate: _Final[_groups.Cid7310Code]
InternalFixationUsingScrew: _Final[_groups.Cid7310Code]
InternalFixationUsingStaple: _Final[_groups.Cid7310Code]
CementedComponentFixation: _Final[_groups.Cid7310Code]
UncementedComponentFixation: _Final[_groups.Cid7310Code]
RepairByNailing: _Final[_groups.Cid7310Code]
Pinning: _Final[_groups.Cid7310Code]
Sewing: _Final[_groups.Cid7310Code]
Bolting: _Final[_groups.Cid7310Code]
Wedging: _Final[_groups.Cid7310Code]
MEMBERS: _Final[tuple[_groups.Cid7310Code, ...]]
