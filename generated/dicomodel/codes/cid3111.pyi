"""CID 3111 Nuclear Cardiology Radiopharmaceutical.

Extensible, version 20190817, UID 1.2.840.10008.6.1.743.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Thallium201: _Final[_groups.Cid3111Code]
Tc99mSestamibi: _Final[_groups.Cid3111Code]
Tc99mTetrofosmin: _Final[_groups.Cid3111Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3111Code]]
