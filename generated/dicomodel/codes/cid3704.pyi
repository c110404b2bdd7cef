"""CID 3704 Myocardium Wall Morphology Finding.

Extensible, version 20030327, UID 1.2.840.10008.6.1.206.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NormalMyocardium: _Final[_groups.Cid3704Code]
VentricularAneurysm: _Final[_groups.Cid3704Code]
ScarredMyocardium: _Final[_groups.Cid3704Code]
ThinningMyocardium: _Final[_groups.Cid3704Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3704Code]]
