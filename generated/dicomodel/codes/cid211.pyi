"""CID 211 Qualitative Evaluation Modifier Value.

Extensible, version 20190524, UID 1.2.840.10008.6.1.1286.
Includes CID 245, CID 212.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid211Code]]
