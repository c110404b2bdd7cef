"""CID 211 Qualitative Evaluation Modifier Value.

Extensible, version 20190524, UID 1.2.840.10008.6.1.1286.
Includes CID 245, CID 212.

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
Median: _Final[_groups.Cid211Code]
Bilateral: _Final[_groups.Cid211Code]
Unilateral: _Final[_groups.Cid211Code]
Right: _Final[_groups.Cid211Code]
Left: _Final[_groups.Cid211Code]
Anterior: _Final[_groups.Cid211Code]
Central: _Final[_groups.Cid211Code]
Distal: _Final[_groups.Cid211Code]
Inferior: _Final[_groups.Cid211Code]
Lateral: _Final[_groups.Cid211Code]
Middle: _Final[_groups.Cid211Code]
MidLongitudinal: _Final[_groups.Cid211Code]
Posterior: _Final[_groups.Cid211Code]
Proximal: _Final[_groups.Cid211Code]
Superior: _Final[_groups.Cid211Code]
MEMBERS: _Final[tuple[_groups.Cid211Code, ...]]
