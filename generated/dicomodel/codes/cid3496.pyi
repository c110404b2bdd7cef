"""CID 3496 IVUS Fiducial Point.

Extensible, version 20040614, UID 1.2.840.10008.6.1.130.

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
CollateralBranchOfVessel: _Final[_groups.Cid3496Code]
Stent: _Final[_groups.Cid3496Code]
VascularCalcification: _Final[_groups.Cid3496Code]
FibrousPlaque: _Final[_groups.Cid3496Code]
Vein: _Final[_groups.Cid3496Code]
VesselOrigin: _Final[_groups.Cid3496Code]
MEMBERS: _Final[tuple[_groups.Cid3496Code, ...]]
