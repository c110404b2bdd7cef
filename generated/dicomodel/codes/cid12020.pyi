"""CID 12020 Fetal Biometry Anatomic Site.

Extensible, version 20200704, UID 1.2.840.10008.6.1.1005.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Abdomen: _Final[_groups.Cid12020Code]
Cerebellum: _Final[_groups.Cid12020Code]
CisternaMagna: _Final[_groups.Cid12020Code]
Femur: _Final[_groups.Cid12020Code]
Foot: _Final[_groups.Cid12020Code]
Kidney: _Final[_groups.Cid12020Code]
Skull: _Final[_groups.Cid12020Code]
Thorax: _Final[_groups.Cid12020Code]
Trunk: _Final[_groups.Cid12020Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12020Code]]
