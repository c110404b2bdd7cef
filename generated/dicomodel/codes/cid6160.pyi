"""CID 6160 Breast Primary Tumor Assessment From AJCC.

Extensible, version 20230630, UID 1.2.840.10008.6.1.474.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Ptx: _Final[_groups.Cid6160Code]
Pt0: _Final[_groups.Cid6160Code]
Ptis: _Final[_groups.Cid6160Code]
PtisDCIS: _Final[_groups.Cid6160Code]
PtisPaget: _Final[_groups.Cid6160Code]
Pt1: _Final[_groups.Cid6160Code]
Pt1mi: _Final[_groups.Cid6160Code]
Pt1a: _Final[_groups.Cid6160Code]
Pt1b: _Final[_groups.Cid6160Code]
Pt1c: _Final[_groups.Cid6160Code]
Pt2: _Final[_groups.Cid6160Code]
Pt3: _Final[_groups.Cid6160Code]
Pt4: _Final[_groups.Cid6160Code]
Pt4a: _Final[_groups.Cid6160Code]
Pt4b: _Final[_groups.Cid6160Code]
Pt4c: _Final[_groups.Cid6160Code]
Pt4d: _Final[_groups.Cid6160Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6160Code]]
