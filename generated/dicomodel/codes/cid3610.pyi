"""CID 3610 Gradient Source Location.

Extensible, version 20030327, UID 1.2.840.10008.6.1.160.

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
MitralValve: _Final[_groups.Cid3610Code]
AorticValve: _Final[_groups.Cid3610Code]
TricuspidValve: _Final[_groups.Cid3610Code]
PulmonaryValve: _Final[_groups.Cid3610Code]
PulmonaryArtery: _Final[_groups.Cid3610Code]
LeftVentricleOutflowTract: _Final[_groups.Cid3610Code]
RightVentricleOutflowTract: _Final[_groups.Cid3610Code]
VentricularSeptalDefect: _Final[_groups.Cid3610Code]
AtrialSeptalDefect: _Final[_groups.Cid3610Code]
CoarctationOfAorta: _Final[_groups.Cid3610Code]
MEMBERS: _Final[tuple[_groups.Cid3610Code, ...]]
