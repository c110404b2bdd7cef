"""CID 12117 Vessel Branch Modifier.

Extensible, version 20190524, UID 1.2.840.10008.6.1.584.

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
CollateralBranchOfVessel: _Final[_groups.Cid12117Code]
Inferior: _Final[_groups.Cid12117Code]
Lateral: _Final[_groups.Cid12117Code]
Left: _Final[_groups.Cid12117Code]
Main: _Final[_groups.Cid12117Code]
Medial: _Final[_groups.Cid12117Code]
Middle: _Final[_groups.Cid12117Code]
Right: _Final[_groups.Cid12117Code]
Superior: _Final[_groups.Cid12117Code]
MEMBERS: _Final[tuple[_groups.Cid12117Code, ...]]
